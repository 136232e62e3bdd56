package org.onecsync;

import java.util.Objects;

/**
 * The base of every exception onec-sync throws on purpose. Its message is written for the person running
 * the import: it says what is wrong and where, and is fit to show without a stack trace. Its {@link #kind()}
 * tells a program what failed, so that a caller can tell bad input from a failing store, a failing listener
 * or a bug without parsing messages; the CLI maps each kind to an exit code.
 */
public class SyncException extends RuntimeException {

    /** What failed. */
    public enum Kind {
        /** The input is bad: a malformed, truncated or refused file, nothing to import, or a path that cannot be read. */
        BAD_INPUT,
        /** The database failed, cannot be reached, or does not hold a store this version can use. */
        STORE,
        /** Another import holds the store's import lock. */
        LOCKED,
        /** Prices or stock were imported into a store without a catalog. */
        CATALOG_MISSING,
        /** More records were skipped than the import's skip limit allows; rolled back. */
        TOO_MANY_SKIPPED,
        /** A change listener of the caller's failed inside the import's transaction; rolled back. */
        LISTENER,
        /** The import was cancelled (Ctrl-C, SIGTERM, a cancelled job) before it committed; rolled back. */
        INTERRUPTED,
        /** A bug in onec-sync or the JVM ran out of a resource; the message asks for a report. */
        INTERNAL
    }

    /** What failed, as {@link #kind()} returns it. */
    private final Kind kind;

    /**
     * Creates an exception with a message and no underlying cause.
     *
     * @param kind what failed
     * @param message what went wrong, for a person
     */
    public SyncException(Kind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /**
     * Creates an exception with a message and the failure that caused it.
     *
     * @param kind what failed
     * @param message what went wrong, for a person
     * @param cause the underlying failure
     */
    public SyncException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** {@return what failed: a program's way to tell bad input from a failing store, listener or bug} */
    public Kind kind() {
        return kind;
    }
}
