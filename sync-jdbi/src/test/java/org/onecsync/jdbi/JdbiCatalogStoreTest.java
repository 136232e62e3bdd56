package org.onecsync.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.onecsync.store.StoreException;

/** What needs no database: URL checks, laziness and failure messages. */
class JdbiCatalogStoreTest {

    @Test
    void rejectsOtherDatabases() {
        StoreException refused = assertThrows(StoreException.class,
                () -> JdbiCatalogStore.open("jdbc:mysql://shop/db?user=u&password=hunter2"));

        assertEquals("unsupported database URL jdbc:mysql://shop/db?user=u&password=***: "
                + "use jdbc:postgresql:… or jdbc:sqlite:…", refused.getMessage());
    }

    @Test
    void unreachableServerFailsOnFirstUseWithoutShowingThePassword() {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        try (JdbiCatalogStore store = JdbiCatalogStore.open(
                "jdbc:postgresql://127.0.0.1:1/shop?user=sync&password=hunter2")) {
            String expected = "cannot open the database jdbc:postgresql://127.0.0.1:1/shop?user=sync&password=***: "
                    + "connection refused";

            assertEquals(expected, assertThrows(StoreException.class, store::prepare).getMessage());
            assertEquals(expected, assertThrows(StoreException.class, () -> store.sessions().recent(1)).getMessage());
        }
    }
}
