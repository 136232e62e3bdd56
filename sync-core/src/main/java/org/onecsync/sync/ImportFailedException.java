package org.onecsync.sync;

import org.onecsync.SyncException;

/**
 * An import failed and was rolled back; the store is as it was before. Its session records the error.
 */
public class ImportFailedException extends SyncException {

    private final long sessionId;

    /**
     * @param sessionId the failed session
     * @param message what went wrong, with file and line where known
     * @param cause the underlying failure
     */
    public ImportFailedException(long sessionId, String message, Throwable cause) {
        super(message, cause);
        this.sessionId = sessionId;
    }

    /** The failed session's id. */
    public long sessionId() {
        return sessionId;
    }
}
