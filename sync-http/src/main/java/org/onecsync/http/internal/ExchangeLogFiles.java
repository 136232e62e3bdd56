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
import java.util.Optional;
import java.util.function.Consumer;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.ExchangeStateStore;
import org.onecsync.store.StoreException;

/**
 * Reads an exchange's request log for the status page: found only by an id of the exchange's own form under the
 * upload root, never by a path a request names, and read line by line keeping only the last lines.
 */
public final class ExchangeLogFiles {

    private ExchangeLogFiles() {
    }

    /**
     * The last lines of an exchange's log: the store's, when it keeps the exchange state (several servers), else
     * the log file under the upload root.
     *
     * @param store the store, whose exchange state may hold the log
     * @param root the exchange's upload root, or {@code null} when the server keeps no log files
     * @param exchangeId the exchange
     * @param keep how many of the last lines to keep
     * @return the excerpt, or {@code null} when there is no such log
     * @throws UncheckedIOException if the log exists but cannot be read
     */
    static Excerpt last(CatalogStore store, Path root, String exchangeId, int keep) {
        if (!ExchangeIds.valid(exchangeId)) {
            return null;
        }
        Tail tail = new Tail(keep);
        Optional<ExchangeStateStore> shared = store.exchangeState();
        if (shared.isPresent()) {
            return readStored(shared.get(), exchangeId, tail) ? tail.excerpt() : null;
        }
        Path file = file(root, exchangeId).orElse(null);
        if (file == null) {
            return null;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                tail.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the log of exchange " + exchangeId, e);
        }
        return tail.excerpt();
    }

    /**
     * Reads an exchange's log from the store, when the store keeps the exchange state.
     *
     * @param state the store's exchange state
     * @param exchangeId the exchange
     * @param lines receives the lines, oldest first
     * @return whether the store knows the exchange (a database without the tables knows none)
     */
    public static boolean readStored(ExchangeStateStore state, String exchangeId, Consumer<String> lines) {
        try {
            return state.readLog(exchangeId, lines);
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    /**
     * The log file of an exchange under the upload root, found by the id only and never through a link.
     *
     * @param root the upload root, or {@code null} when the server keeps no log files
     * @param exchangeId the exchange, of the form {@link ExchangeIds} gives
     * @return the file, if there is one
     */
    public static Optional<Path> file(Path root, String exchangeId) {
        if (root == null) {
            return Optional.empty();
        }
        Path file = root.resolve(exchangeId).resolve(ExchangeLog.FILE_NAME);
        return file.normalize().startsWith(root.normalize()) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                ? Optional.of(file) : Optional.empty();
    }

    /** Keeps the last non-empty lines it is given, and counts them all. */
    private static final class Tail implements Consumer<String> {

        private final int keep;
        private final Deque<String> lines;
        private long total;

        Tail(int keep) {
            this.keep = keep;
            this.lines = new ArrayDeque<>(Math.min(keep, 256));
        }

        @Override
        public void accept(String line) {
            if (line.isEmpty()) {
                return;
            }
            total++;
            if (lines.size() == keep) {
                lines.removeFirst();
            }
            lines.addLast(line);
        }

        Excerpt excerpt() {
            return new Excerpt(List.copyOf(lines), total);
        }
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
