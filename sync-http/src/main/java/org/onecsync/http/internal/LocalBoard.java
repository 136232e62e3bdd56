package org.onecsync.http.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.onecsync.sync.ImportJob;

/** The exchange state of one server: in memory, the files in the upload folder, the log a file there. */
final class LocalBoard implements ExchangeBoard {

    private static final int PREAMBLE = 64;

    private final Path root;
    private final AuthSessions logins = new LocalAuthSessions();
    private final Object section = new Object();
    private final Object lock = new Object();
    /** Guarded by {@link #lock}; changed holding {@link #section} too. */
    private Exchange current;
    /** Calls logged before the exchange they lead to exists ({@code checkauth}); guarded by {@link #lock}. */
    private final Deque<ExchangeLog.Entry> preamble = new ArrayDeque<>();

    /** @param root the upload root */
    LocalBoard(Path root) {
        this.root = root;
    }

    @Override
    public <T> T locked(Section<T> work) throws Refused, IOException {
        synchronized (section) {
            return work.run(new View() {
                @Override
                public Exchange current() {
                    synchronized (lock) {
                        return current;
                    }
                }

                @Override
                public Exchange begin(String id, long timestamp) throws IOException {
                    ExchangeBoard.clearPreviousUploads(root);
                    Exchange exchange = Exchange.create(root, id, timestamp);
                    synchronized (lock) {
                        current = exchange;
                        while (!preamble.isEmpty()) {
                            current.log().append(preamble.removeFirst());
                        }
                    }
                    return exchange;
                }
            });
        }
    }

    @Override
    public AuthSessions logins() {
        return logins;
    }

    @Override
    public void log(ExchangeLog.Entry entry, boolean beforeInit) {
        synchronized (lock) {
            if (current != null && !beforeInit) {
                current.log().append(entry);
            } else {
                if (preamble.size() == PREAMBLE) {
                    preamble.removeFirst();
                }
                preamble.addLast(entry);
            }
        }
    }

    @Override
    public Path currentLog() {
        synchronized (lock) {
            return current == null ? null : current.log().file();
        }
    }

    @Override
    public boolean shared() {
        return false;
    }

    @Override
    public void progress(Exchange exchange, String text, long sessionId) {
        // Read from the job itself by whoever asks: nothing to record.
    }

    @Override
    public String awaitRemote(Exchange exchange, Duration left) {
        return null; // Every job of this state runs here.
    }

    @Override
    public boolean abandoned(ImportRun run) {
        return false;
    }

    @Override
    public List<ImportJob> localJobs() {
        synchronized (section) {
            ImportRun run = current == null ? null : current.run();
            return run == null || run.remote() ? List.of() : List.of(run.job());
        }
    }
}
