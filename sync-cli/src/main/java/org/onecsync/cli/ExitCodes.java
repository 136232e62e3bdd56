package org.onecsync.cli;

import org.onecsync.SyncException;

/**
 * The exit codes of every {@code onec-sync} command, as listed in {@code --help}.
 */
public final class ExitCodes {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** The input is bad: a malformed, truncated or refused file, or a path that cannot be read. */
    public static final int BAD_INPUT = 1;
    /** The command line is wrong (picocli's own code for usage errors). */
    public static final int USAGE = 2;
    /** Another import holds the database's import lock. */
    public static final int LOCKED = 3;
    /** Prices or stock were imported into a database without a catalog. */
    public static final int CATALOG_MISSING = 4;
    /** The database failed or cannot be reached. */
    public static final int STORE = 5;
    /** The help line of {@link #STORE}, the same in every command that uses a database. */
    static final String STORE_HELP = "5:The database failed, cannot be reached, does not exist (only import creates "
            + "one), or was made by a newer onec-sync.";
    /** An unexpected internal error; the message asks for a bug report. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }

    /**
     * @param e a failure the library reported on purpose
     * @return the exit code for it
     */
    static int of(SyncException e) {
        return switch (e.kind()) {
            case BAD_INPUT -> BAD_INPUT;
            case LOCKED -> LOCKED;
            case CATALOG_MISSING -> CATALOG_MISSING;
            case STORE -> STORE;
            case TOO_MANY_SKIPPED, LISTENER, INTERRUPTED, INTERNAL -> INTERNAL;
        };
    }
}
