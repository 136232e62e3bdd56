package org.onecsync.jdbi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void redactsEveryPassword() {
        assertEquals("jdbc:postgresql://h/db?user=u&password=***&sslpassword=***&ssl=true",
                DatabaseUrl.redact("jdbc:postgresql://h/db?user=u&password=p1&sslpassword=p2&ssl=true"));
        assertEquals("jdbc:postgresql://u:***@h/db", DatabaseUrl.redact("jdbc:postgresql://u:secret@h/db"));
        assertEquals("postgres://u:***@h/db", DatabaseUrl.redact("postgres://u:secret@h/db"));
        assertEquals(List.of("p1", "p2"), DatabaseUrl.secrets("jdbc:postgresql://h/db?password=p1&sslPassword=p2"));
        assertEquals(List.of("p%40ss", "p@ss"), DatabaseUrl.secrets("postgres://u:p%40ss@h/db"));
    }

    @Test
    void readsTheDatabaseUrlFormIntoJdbcWithTheUserAndPasswordApart() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://shop%2Bsync:p%40ss%3Aw0rd@db.example.com:6432/shop"
                + "?sslmode=require&currentSchema=sync", null);

        assertEquals("jdbc:postgresql://db.example.com:6432/shop?sslmode=require&currentSchema=sync", url.jdbcUrl());
        assertEquals("shop+sync", url.user());
        assertEquals("p@ss:w0rd", url.password());
        assertEquals("PostgreSQL at db.example.com:6432", url.where());
        assertEquals("postgres://shop%2Bsync:***@db.example.com:6432/shop?sslmode=require&currentSchema=sync",
                url.shown());
        assertEquals("postgres://shop%2Bsync:***@db.example.com:6432/shop?sslmode=require&currentSchema=sync",
                url.toString());
    }

    @Test
    void readsEveryShapeOfTheDatabaseUrlForm() {
        DatabaseUrl bare = DatabaseUrl.parse("postgresql://h", null);
        assertEquals("jdbc:postgresql://h/", bare.jdbcUrl());
        assertNull(bare.user());
        assertNull(bare.password());
        assertEquals("PostgreSQL at h:5432", bare.where());

        DatabaseUrl noPassword = DatabaseUrl.parse("POSTGRES://me@[::1]:5433?application_name=x", "apart");
        assertEquals("jdbc:postgresql://[::1]:5433/?application_name=x", noPassword.jdbcUrl());
        assertEquals("me", noPassword.user());
        assertEquals("apart", noPassword.password());
        assertEquals("PostgreSQL at [::1]:5433", noPassword.where());

        assertEquals("own", DatabaseUrl.parse("postgres://me:own@h/db", "apart").password());
        assertEquals(List.of("own", "apart"), DatabaseUrl.parse("postgres://me:own@h/db", "apart").secrets());
        assertEquals("PostgreSQL at a:1", DatabaseUrl.parse("jdbc:postgresql://a:1,b:2/db", null).where());
        assertEquals("PostgreSQL at localhost:5432", DatabaseUrl.parse("jdbc:postgresql:db", null).where());
    }

    @Test
    void namesTheSqliteFileAsGiven() {
        assertEquals("the SQLite database ./x.png", DatabaseUrl.parse("jdbc:sqlite:./x.png", "ignored").where());
        assertNull(DatabaseUrl.parse("jdbc:sqlite:./x.png", "ignored").password());
        assertEquals("the in-memory SQLite database", DatabaseUrl.parse("jdbc:sqlite::memory:", null).where());
    }

    @Test
    void refusesOtherUrls() {
        for (String url : new String[] {"mysql://h/db", "sqlite:///x.db", "jdbc:h2:mem:x", "shop.db"}) {
            assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse(url, null), url);
        }
    }

    @Test
    void findsTheSqliteFile() {
        assertEquals(Path.of("/data/shop.db"), DatabaseUrl.sqliteFile("jdbc:sqlite:/data/shop.db"));
        assertEquals(Path.of("/data/shop.db"), DatabaseUrl.sqliteFile("jdbc:sqlite:file:/data/shop.db?cache=private"));
        assertEquals(Path.of("/data/shop.db"), DatabaseUrl.sqliteFile("jdbc:sqlite:file:///data/shop.db"));
        assertEquals(Path.of("shop.db").toAbsolutePath(), DatabaseUrl.sqliteFile("jdbc:sqlite:shop.db"));
        assertNull(DatabaseUrl.sqliteFile("jdbc:sqlite::memory:"));
        assertNull(DatabaseUrl.sqliteFile("jdbc:sqlite:"));
        assertNull(DatabaseUrl.sqliteFile("jdbc:sqlite:file:x?mode=memory&cache=shared"));
    }
}
