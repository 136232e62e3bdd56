package org.onecsync.store;

/** What happened to a row. */
public enum ChangeKind {
    /** The row is new. */
    CREATED,
    /** The row's content changed, or an inactive row became active again. */
    UPDATED,
    /** The row stays but is inactive now: 1C marked it deleted, or a complete package no longer lists it. */
    DEACTIVATED,
    /** The row was removed ({@link MissingPolicy#DELETE}). */
    DELETED;

    /** {@return the lower-case name used in JSON, the feed's {@code kind} column and command output} */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
