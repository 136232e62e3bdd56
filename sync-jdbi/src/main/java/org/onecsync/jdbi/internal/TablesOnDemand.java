package org.onecsync.jdbi.internal;

import java.util.function.Supplier;
import org.onecsync.store.ImportLock;
import org.onecsync.store.ImportLockedException;
import org.onecsync.store.StoreException;

/**
 * Creates or upgrades the store's tables before a write that needs them outside an import (an API answer, an order
 * added to the book), as an import does and under the import lock.
 */
final class TablesOnDemand {

    private final Schema schema;
    private final Supplier<ImportLock> lock;

    /**
     * @param schema the store's schema
     * @param lock takes the import lock, which guards a migration
     */
    TablesOnDemand(Schema schema, Supplier<ImportLock> lock) {
        this.schema = schema;
        this.lock = lock;
    }

    /**
     * Makes sure the tables are there and current. When another import holds the lock, that import creates them:
     * they may be there already.
     *
     * @throws ImportLockedException when they are missing and another import holds the lock
     */
    void ensure() {
        if (notReadable() == null) {
            return;
        }
        try (ImportLock held = lock.get()) {
            schema.prepare();
        } catch (ImportLockedException e) {
            try {
                schema.verifyReadable();
            } catch (StoreException stillMissing) {
                throw e;
            }
        }
    }

    /**
     * Whether the tables are there to read, for a read that needs no write: a database without them holds nothing.
     *
     * @return {@code false} when they are missing
     * @throws StoreException when they are older than this version reads, or cannot be checked
     */
    boolean readable() {
        StoreException e = notReadable();
        if (e == null) {
            return true;
        }
        if (e.reason() == StoreException.Reason.NOT_FOUND) {
            return false;
        }
        throw e;
    }

    /** {@return why the tables cannot be read as they are (missing or older), or {@code null} when they can} */
    private StoreException notReadable() {
        try {
            schema.verifyReadable();
            return null;
        } catch (StoreException e) {
            if (e.reason() != StoreException.Reason.NOT_FOUND && e.reason() != StoreException.Reason.OLDER_SCHEMA) {
                throw e;
            }
            return e;
        }
    }
}
