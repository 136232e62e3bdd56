package org.onecsync.sync;

import org.onecsync.SyncException;

/** Prices or stock were imported into a store that has no catalog; nothing was written. */
public class CatalogMissingException extends SyncException {

    /**
     * @param message what to do about it
     */
    public CatalogMissingException(String message) {
        super(Kind.CATALOG_MISSING, message);
    }
}
