package org.onecsync.store;

import org.onecsync.SyncException;

/** Another import holds the store's import lock. */
public class ImportLockedException extends SyncException {

    /**
     * @param message says which session runs and since when, as far as known
     */
    public ImportLockedException(String message) {
        super(Kind.LOCKED, message);
    }
}
