package org.onecsync.http.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One exchange's request log, a text file in its folder: one tab-separated line per call with the time, client,
 * method, mode, file name, bytes received, bytes answered, the reply's status line and how long it took. Never a
 * body, a cookie, a {@code sessid} or a credential: maintainers ask users for this file first, and users post it.
 */
public final class ExchangeLog {

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeLog.class);

    /** The log's file name inside the exchange folder. */
    public static final String FILE_NAME = "exchange.log";

    private final Path file;

    ExchangeLog(Path file) {
        this.file = file;
    }

    /** {@return the log file} */
    public Path file() {
        return file;
    }

    /**
     * Appends one call. A log that cannot be written is reported on the application log and does not fail the
     * call.
     *
     * @param entry the call
     */
    public synchronized void append(Entry entry) {
        String line = line(entry) + "\n";
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            out.write(line);
        } catch (IOException e) {
            LOG.warn("cannot write the exchange log {}: {}", file, e.getMessage());
        }
    }

    /**
     * The log's line for a call, without its line break.
     *
     * @param entry the call
     * @return the line
     */
    public static String line(Entry entry) {
        return String.join("\t", entry.at().toString(), clean(entry.remote()), clean(entry.method()),
                clean(entry.mode()), clean(entry.filename()), Long.toString(entry.received()),
                Long.toString(entry.answered()), clean(entry.statusLine()), entry.millis() + "ms");
    }

    // One call, one line: tabs and line breaks inside a field would split it.
    private static String clean(String value) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return out.toString();
    }

    /**
     * One logged call.
     *
     * @param at when it arrived
     * @param remote the client's address
     * @param method the HTTP method
     * @param mode the exchange mode
     * @param filename the file name, or {@code null}
     * @param received the body's bytes read
     * @param answered the reply's bytes
     * @param statusLine the reply's first line
     * @param millis how long the call took
     */
    public record Entry(Instant at, String remote, String method, String mode, String filename, long received,
                        long answered, String statusLine, long millis) {
    }
}
