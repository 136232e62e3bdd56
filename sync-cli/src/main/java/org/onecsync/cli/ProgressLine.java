package org.onecsync.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import org.onecsync.sync.ImportProgress;

/**
 * A single progress line on standard error, rewritten in place, shown only when standard error is a terminal
 * (never on a pipe or in a file) and cut to the terminal's width so that it never wraps. A new phase shows at
 * once; within a phase the line changes at most four times a second. {@link #clear()} leaves nothing behind.
 */
final class ProgressLine implements Consumer<ImportProgress> {

    private static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    /** The longest line shown: one column short of the terminal, as some wrap when the last one is written. */
    private final int max;
    private final LongSupplier clock;
    /** When the first progress came: the rate counts from there, not from opening the database. */
    private long start;
    private long last;
    private String phase;
    private int shown;
    /** The columns the terminal's "^C" takes after the line. */
    private static final int ECHO = 2;

    ProgressLine(PrintWriter err, boolean enabled, int width, LongSupplier clock) {
        this.err = err;
        this.enabled = enabled;
        // Two columns stay free for the terminal's echo of Ctrl-C ("^C"), and one more so that the line never
        // reaches the last column: either would wrap, and the line could no longer be cleared.
        this.max = Math.max(1, width - ECHO - 1);
        this.clock = clock;
    }

    /** A progress line on {@code err} when standard error is a terminal, else one that prints nothing. */
    static ProgressLine forStderr(PrintWriter err, UnaryOperator<String> environment) {
        boolean terminal = Terminal.stderrIsTerminal();
        return new ProgressLine(err, terminal, terminal ? Terminal.width(environment) : Terminal.DEFAULT_WIDTH,
                System::nanoTime);
    }

    @Override
    public synchronized void accept(ImportProgress progress) {
        if (!enabled) {
            return;
        }
        long now = clock.getAsLong();
        if (phase == null) {
            start = now;
        } else if (progress.phase().equals(phase) && now - last < INTERVAL_NANOS) {
            return;
        }
        phase = progress.phase();
        last = now;
        String text = format(progress, now - start, max);
        err.print("\r" + text + " ".repeat(Math.max(0, shown - text.length())));
        err.flush();
        shown = text.length();
    }

    /** Removes the line, so that what follows starts at the beginning of an empty line. */
    synchronized void clear() {
        if (enabled && shown > 0) {
            err.print("\r" + " ".repeat(shown + ECHO) + "\r");
            err.flush();
            shown = 0;
        }
    }

    /**
     * The line: {@code reading 2/5 goods/goods.xml: 12,345 records, 8,100/s}, then {@code applying: …} and
     * {@code committing: …}; at most {@code max} characters, the file name shortened from the left first.
     */
    static String format(ImportProgress progress, long elapsedNanos, int max) {
        String counts = String.format(Locale.ROOT, ": %,d records", progress.records());
        if (elapsedNanos >= 1_000_000_000L && progress.records() > 0) {
            counts += String.format(Locale.ROOT, ", %,d/s", progress.records() * 1_000_000_000L / elapsedNanos);
        }
        String line;
        if (progress.file() != null) {
            String head = String.format(Locale.ROOT, "%s %d/%d ", progress.phase(), progress.filesDone() + 1,
                    progress.filesTotal());
            int room = max - head.length() - counts.length();
            String name = progress.file();
            if (name.length() > room) {
                name = room > 3 ? "..." + name.substring(name.length() - room + 3) : null;
            }
            line = name == null ? head.strip() + counts : head + name + counts;
        } else {
            line = progress.phase() + counts;
        }
        return line.length() > max ? line.substring(0, max) : line;
    }
}
