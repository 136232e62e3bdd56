package org.onecsync.sync;

import org.onecsync.SyncException;

/**
 * An import failed and was rolled back; the store is as it was before. Its session records the error, and
 * {@link #kind()} says what failed: {@link Kind#BAD_INPUT bad input}, the {@link Kind#STORE store}, a
 * {@link Kind#LISTENER listener}, the {@link Kind#TOO_MANY_SKIPPED skip limit}, a
 * {@link Kind#INTERRUPTED cancellation} or {@link Kind#INTERNAL a bug}.
 */
public class ImportFailedException extends SyncException {

    /** The failed session's id, as {@link #sessionId()} returns it. */
    private final long sessionId;

    /**
     * Creates an exception for an import that failed and was rolled back.
     *
     * @param sessionId the failed session
     * @param kind what failed
     * @param message what went wrong, with file and line where known
     * @param cause the underlying failure, or {@code null}
     */
    public ImportFailedException(long sessionId, Kind kind, String message, Throwable cause) {
        super(kind, message, cause);
        this.sessionId = sessionId;
    }

    /** {@return the failed session's id, under which the store's session log records the error} */
    public long sessionId() {
        return sessionId;
    }
}
