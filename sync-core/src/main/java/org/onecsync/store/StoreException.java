package org.onecsync.store;

import java.util.Objects;
import org.onecsync.SyncException;

/**
 * The database failed, cannot be reached, or does not hold a store this library can use. The message says
 * which, for a person, and never contains a password.
 */
public class StoreException extends SyncException {

    /** Why the store failed. */
    public enum Reason {
        /** The database failed or cannot be reached. */
        FAILED,
        /** The database, or the store's tables in it, do not exist (reading never creates them). */
        NOT_FOUND,
        /** The store's schema was made by a newer version of onec-sync; this one refuses to use it. */
        NEWER_SCHEMA,
        /** The store's schema is older than this library and must be upgraded by an import first. */
        OLDER_SCHEMA
    }

    /** Why the store failed, as {@link #reason()} returns it. */
    private final Reason reason;

    /**
     * Creates an exception for a database that failed or cannot be reached ({@link Reason#FAILED}).
     *
     * @param message what failed, for a person
     * @param cause the driver's exception
     */
    public StoreException(String message, Throwable cause) {
        this(Reason.FAILED, message, cause);
    }

    /**
     * Creates an exception for a store that failed for the given reason.
     *
     * @param reason why it failed
     * @param message what failed, for a person
     * @param cause the driver's exception, or {@code null}
     */
    public StoreException(Reason reason, String message, Throwable cause) {
        super(Kind.STORE, message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** {@return why the store failed} */
    public Reason reason() {
        return reason;
    }
}
