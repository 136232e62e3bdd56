package org.onecsync.jdbi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void redactsEveryPassword() {
        assertEquals("jdbc:postgresql://h/db?user=u&password=***&sslpassword=***&ssl=true",
                DatabaseUrl.redact("jdbc:postgresql://h/db?user=u&password=p1&sslpassword=p2&ssl=true"));
        assertEquals("jdbc:postgresql://u:***@h/db", DatabaseUrl.redact("jdbc:postgresql://u:secret@h/db"));
        assertEquals(List.of("p1", "p2"), DatabaseUrl.secrets("jdbc:postgresql://h/db?password=p1&sslPassword=p2"));
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
