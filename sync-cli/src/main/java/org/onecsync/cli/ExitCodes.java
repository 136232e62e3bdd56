package org.onecsync.cli;

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
    /** An unexpected internal error; the message asks for a bug report. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
