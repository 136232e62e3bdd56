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
        try {
            schema.verifyReadable();
            return;
        } catch (StoreException e) {
            if (e.reason() != StoreException.Reason.NOT_FOUND && e.reason() != StoreException.Reason.OLDER_SCHEMA) {
                throw e;
            }
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
}
