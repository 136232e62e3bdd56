package org.onecsync;

/**
 * The base of every exception onec-sync throws on purpose. Its message is written for the person running
 * the import: it says what is wrong and where, and is fit to show without a stack trace.
 */
public class SyncException extends RuntimeException {

    /**
     * @param message what went wrong, for a person
     */
    public SyncException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, for a person
     * @param cause the underlying failure
     */
    public SyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
