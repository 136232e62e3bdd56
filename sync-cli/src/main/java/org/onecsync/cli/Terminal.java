package org.onecsync.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/** What the CLI needs to know about the terminal: whether standard error is one, and how wide it is. */
final class Terminal {

    /** The width when nothing says otherwise. */
    static final int DEFAULT_WIDTH = 80;

    private static final Path STDERR = Path.of("/proc/self/fd/2");

    private Terminal() {
    }

    /**
     * Whether standard error is a terminal. On Linux the descriptor's target says so whatever standard input
     * and output are; elsewhere {@link System#console()} is the best guess (it needs both of those to be the
     * terminal too).
     */
    static boolean stderrIsTerminal() {
        if (Files.isDirectory(STDERR.getParent())) {
            try {
                String target = Files.readSymbolicLink(STDERR).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                // No such link on this system: guess below.
            }
        }
        return System.console() != null;
    }

    /**
     * The terminal's width in columns: {@code COLUMNS} when set (shells set it, and it lets a user choose),
     * else what {@code stty size} reads from {@code /dev/tty}, else {@link #DEFAULT_WIDTH}.
     */
    static int width(UnaryOperator<String> environment) {
        Integer columns = positive(environment.apply("COLUMNS"));
        if (columns != null) {
            return columns;
        }
        Integer stty = sttyColumns();
        return stty != null ? stty : DEFAULT_WIDTH;
    }

    private static Integer sttyColumns() {
        File tty = new File("/dev/tty");
        if (!tty.exists()) {
            return null;
        }
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!stty.waitFor(1, TimeUnit.SECONDS)) {
                stty.destroyForcibly();
                return null;
            }
            String[] size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip()
                    .split("\\s+");
            return stty.exitValue() == 0 && size.length == 2 ? positive(size[1]) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static Integer positive(String text) {
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
