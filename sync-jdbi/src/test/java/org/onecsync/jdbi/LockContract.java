package org.onecsync.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.onecsync.store.ImportLock;
import org.onecsync.store.ImportLockedException;
import org.onecsync.store.SessionStart;

/** The import lock, as a second process sees it. */
interface LockContract extends StoreContract {

    @Test
    default void secondLockFailsWithRunningSession() {
        store().sessions().open(new SessionStart("catalog", "old", false, STARTED.minusSeconds(3600)));
        ImportLock held = store().lock();
        long session = store().sessions().open(new SessionStart("catalog", "new", false, STARTED));

        ImportLockedException refused = assertThrows(ImportLockedException.class, () -> openStore().lock());

        assertEquals("an import is already running (session " + session + ", started 2026-11-22T10:15:30Z)",
                refused.getMessage());
        held.close();
    }

    @Test
    default void secondLockFailsBeforeSessionStarts() {
        ImportLock held = store().lock();

        ImportLockedException refused = assertThrows(ImportLockedException.class, () -> openStore().lock());

        assertEquals("an import is already running (its session has not started yet)", refused.getMessage());
        held.close();
    }

    @Test
    default void lockIsFreeAgainAfterRelease() {
        JdbiCatalogStore other = openStore();
        ImportLock first = store().lock();
        assertThrows(ImportLockedException.class, other::lock);
        first.close();
        first.close();

        ImportLock second = other.lock();
        assertThrows(ImportLockedException.class, () -> store().lock());
        second.close();
        store().lock().close();
    }

    /** Imports started together on a new database: the lock comes before any migration and creates no table. */
    @Test
    default void lockWorksBeforeAnyMigrationAndCreatesNoTables() throws Exception {
        String fresh = freshDatabaseUrl();
        JdbiCatalogStore first = openStore(fresh);
        JdbiCatalogStore second = openStore(fresh);

        ImportLock held = first.lock();
        ImportLockedException refused = assertThrows(ImportLockedException.class, second::lock);

        assertEquals("an import is already running (its session has not started yet)", refused.getMessage());
        assertNothingCreated(fresh);
        first.prepare();
        held.close();
        second.lock().close();
    }
}
