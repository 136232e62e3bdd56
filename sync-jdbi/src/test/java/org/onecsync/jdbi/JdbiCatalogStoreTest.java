package org.onecsync.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.store.StoreException;

/** What needs no database server: URL checks, laziness and failure messages that name the database. */
class JdbiCatalogStoreTest {

    /** A 1×1 PNG: what people give as a database by mistake. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @TempDir
    Path tmp;

    @Test
    void refusesOtherDatabasesWithoutShowingThePassword() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> JdbiCatalogStore.open("jdbc:mysql://shop/db?user=u&password=hunter2"));

        assertEquals("unsupported database URL jdbc:mysql://shop/db?user=u&password=***: use "
                + "postgres://USER@HOST:PORT/DB, jdbc:postgresql://HOST:PORT/DB?user=USER or jdbc:sqlite:FILE",
                refused.getMessage());
        assertEquals("unsupported database URL mysql://u:***@shop/db: use postgres://USER@HOST:PORT/DB, "
                        + "jdbc:postgresql://HOST:PORT/DB?user=USER or jdbc:sqlite:FILE",
                assertThrows(IllegalArgumentException.class,
                        () -> JdbiCatalogStore.open("mysql://u:hunter2@shop/db")).getMessage());
    }

    @Test
    void unreachableServerNamesTheHostAndNeverThePassword() {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        for (String url : new String[] {"jdbc:postgresql://127.0.0.1:1/shop?user=sync&password=hunter2",
            "postgres://sync:hunter2@127.0.0.1:1/shop", "postgresql://sync:hunter2@127.0.0.1:1/shop?sslmode=disable"}) {
            try (JdbiCatalogStore store = JdbiCatalogStore.open(url)) {
                String expected = "cannot connect to PostgreSQL at 127.0.0.1:1: connection refused";

                assertEquals(expected, assertThrows(StoreException.class, store::prepare).getMessage(), url);
                assertEquals(expected, assertThrows(StoreException.class, () -> store.sessions().recent(1))
                        .getMessage(), url);
            }
        }
    }

    @Test
    void aPasswordGivenApartIsNeverShown() {
        try (JdbiCatalogStore store = JdbiCatalogStore.open("postgres://sync@127.0.0.1:1/hunter2", "hunter2")) {
            StoreException refused = assertThrows(StoreException.class, store::prepare);

            assertFalse(refused.getMessage().contains("hunter2"), refused.getMessage());
        }
    }

    @Test
    void aFileThatIsNoDatabaseFailsAtOnceNamingTheFile() throws Exception {
        Path png = Files.write(tmp.resolve("photo.png"), PNG);
        byte[] before = Files.readAllBytes(png);
        try (JdbiCatalogStore store = JdbiCatalogStore.open("jdbc:sqlite:" + png)) {
            // The first read loads the driver (its native library), which is not what is measured.
            StoreException read = assertThrows(StoreException.class, () -> store.sessions().recent(1));
            long start = System.nanoTime();
            StoreException prepare = assertThrows(StoreException.class, store::prepare);
            long prepareMillis = (System.nanoTime() - start) / 1_000_000;

            String expected = "cannot open the SQLite database " + png + ": not a database file";
            assertEquals(expected, prepare.getMessage());
            assertEquals(expected, read.getMessage());
            // Flyway would retry its first statement ten times, a second apart, had it been reached.
            assertTrue(prepareMillis < 1000, "took " + prepareMillis + " ms");
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(png)), "the file was changed");
    }
}
