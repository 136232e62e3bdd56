package org.onecsync.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onecsync.SyncException;

/**
 * The exit codes of every {@code onec-sync} command. {@link #TABLE} is the one list of them: {@code --help},
 * each command's help and the README show it word for word.
 */
public final class ExitCodes {

    /** The command did what was asked (for {@code import}: succeeded, or partial without {@code --strict}). */
    public static final int OK = 0;
    /** The input is bad: a malformed, truncated or refused file, nothing to import, or an unreadable path. */
    public static final int BAD_INPUT = 1;
    /** The command line is wrong (picocli's own code for usage errors). */
    public static final int USAGE = 2;
    /** Another import holds the database's import lock. */
    public static final int LOCKED = 3;
    /** Prices or stock were imported into a database without a catalog. */
    public static final int CATALOG_MISSING = 4;
    /** The database failed, cannot be reached, is missing, or was made by a newer onec-sync. */
    public static final int STORE = 5;
    /** What {@link #STORE} means, in the table. */
    private static final String STORE_MEANING = "The database failed, cannot be reached, is missing (only import "
            + "creates one), or was made by a newer onec-sync.";
    /** More records were skipped than {@code --max-skipped} allows; rolled back. */
    public static final int TOO_MANY_SKIPPED = 6;
    /** A partial import under {@code --strict}: committed, some records skipped. */
    public static final int PARTIAL = 7;
    /** An unexpected internal error; the message asks for a bug report. */
    public static final int INTERNAL = 70;
    /** Interrupted (Ctrl-C), rolled back; the JVM itself exits with 143 on SIGTERM. */
    public static final int INTERRUPTED = 130;

    /** The exit code table, code to meaning, in the order shown. */
    static final Map<String, String> TABLE = table(
            OK, "Success: done (for import: succeeded, or partial without --strict).",
            BAD_INPUT, "Bad input: a malformed, truncated or refused file, nothing to import, or a path that "
                    + "cannot be read.",
            USAGE, "Bad command line.",
            LOCKED, "Another import is running against the database.",
            CATALOG_MISSING, "Prices or stock into a database without a catalog.",
            STORE, STORE_MEANING,
            TOO_MANY_SKIPPED, "Too many records skipped (--max-skipped): rolled back.",
            PARTIAL, "Partial import under --strict: committed, some records skipped.",
            INTERNAL, "Internal error (please report it).",
            INTERRUPTED, "Interrupted (Ctrl-C; 143 for SIGTERM): rolled back, session closed as failed.");

    /** The heading above {@link #TABLE} in every help. */
    static final String HEADING = "%nExit codes:%n";

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
            case TOO_MANY_SKIPPED -> TOO_MANY_SKIPPED;
            case INTERRUPTED -> INTERRUPTED;
            case LISTENER, INTERNAL -> INTERNAL;
        };
    }

    private static Map<String, String> table(Object... codesAndMeanings) {
        Map<String, String> table = new LinkedHashMap<>();
        for (int i = 0; i < codesAndMeanings.length; i += 2) {
            table.put(codesAndMeanings[i].toString(), codesAndMeanings[i + 1].toString());
        }
        return Collections.unmodifiableMap(table);
    }
}
