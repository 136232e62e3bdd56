package org.onecsync.store;

import java.util.Locale;

/** The state of an import session. */
public enum SessionStatus {
    /** Still running (or its process died; see {@link SessionLog#failAbandoned()}). */
    RUNNING,
    /** Applied (or, for a dry run, planned) with nothing skipped. */
    SUCCEEDED,
    /** Applied, but some records were skipped. */
    PARTIAL,
    /** Nothing was applied. */
    FAILED;

    /** {@return the lower-case name used in the store and in JSON output, e.g. {@code partial}} */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param name a {@link #jsonName()}
     * @return the status
     */
    public static SessionStatus ofJsonName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
