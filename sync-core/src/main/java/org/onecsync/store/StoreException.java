package org.onecsync.store;

import java.util.Objects;
import org.onecsync.SyncException;

/**
 * The database failed, cannot be reached, or does not hold a store this library can use. The message says
 * which, for a person, and never contains a password.
 */
public class StoreException extends SyncException {

    /** What kind of failure. */
    public enum Kind {
        /** The database failed or cannot be reached. */
        FAILED,
        /** The database, or the store's tables in it, do not exist (reading never creates them). */
        NOT_FOUND,
        /** The store's schema was made by a newer version of onec-sync; this one refuses to use it. */
        NEWER_SCHEMA,
        /** The store's schema is older than this library and must be upgraded by an import first. */
        OLDER_SCHEMA
    }

    private final Kind kind;

    /**
     * @param message what failed, for a person
     * @param cause the driver's exception
     */
    public StoreException(String message, Throwable cause) {
        this(Kind.FAILED, message, cause);
    }

    /**
     * @param kind what kind of failure
     * @param message what failed, for a person
     * @param cause the driver's exception, or {@code null}
     */
    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** What kind of failure. */
    public Kind kind() {
        return kind;
    }
}
