package org.onecsync.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import org.onecsync.sync.ImportProgress;

/**
 * A single progress line on standard error, rewritten in place, shown only on a terminal and at most a few
 * times a second, so that long imports show they are alive and piped output stays clean.
 */
final class ProgressLine implements Consumer<ImportProgress> {

    private static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private long last;
    private int width;

    private ProgressLine(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
        this.last = System.nanoTime();
    }

    static ProgressLine forTerminal(PrintWriter err) {
        return new ProgressLine(err, System.console() != null);
    }

    @Override
    public void accept(ImportProgress progress) {
        long now = System.nanoTime();
        if (!enabled || now - last < INTERVAL_NANOS) {
            return;
        }
        last = now;
        String text = progress.file() == null
                ? String.format("applying %,d records…", progress.records())
                : String.format("reading %d/%d %s (%,d records)", progress.filesDone() + 1, progress.filesTotal(),
                progress.file(), progress.records());
        err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
        err.flush();
        width = text.length();
    }

    void clear() {
        if (enabled && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
