package org.onecsync.http.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads an exchange's request log for the status page: found only by an id of the exchange's own form under the
 * upload root, never by a path a request names, and read line by line keeping only the last lines.
 */
final class ExchangeLogFiles {

    private ExchangeLogFiles() {
    }

    /**
     * The last lines of an exchange's log.
     *
     * @param root the exchange's upload root, or {@code null} when the server keeps no logs
     * @param exchangeId the exchange
     * @param keep how many of the last lines to keep
     * @return the excerpt, or {@code null} when there is no such log
     * @throws UncheckedIOException if the log exists but cannot be read
     */
    static Excerpt last(Path root, String exchangeId, int keep) {
        if (root == null || !ExchangeIds.valid(exchangeId)) {
            return null;
        }
        Path file = root.resolve(exchangeId).resolve(ExchangeLog.FILE_NAME);
        if (!file.normalize().startsWith(root.normalize()) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Deque<String> lines = new ArrayDeque<>(Math.min(keep, 256));
        long total = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty()) {
                    continue;
                }
                total++;
                if (lines.size() == keep) {
                    lines.removeFirst();
                }
                lines.addLast(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the log of exchange " + exchangeId, e);
        }
        return new Excerpt(List.copyOf(lines), total);
    }

    /**
     * The end of a log.
     *
     * @param lines its last lines, oldest first
     * @param total how many lines it has in all
     */
    record Excerpt(List<String> lines, long total) {
    }
}
