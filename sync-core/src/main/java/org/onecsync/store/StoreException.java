package org.onecsync.store;

import org.onecsync.SyncException;

/** The database failed or could not be reached. */
public class StoreException extends SyncException {

    /**
     * @param message what failed, for a person
     * @param cause the driver's exception
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
