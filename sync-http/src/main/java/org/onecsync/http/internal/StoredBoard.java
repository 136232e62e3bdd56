package org.onecsync.http.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.ExchangeStateStore;
import org.onecsync.store.ImportLock;
import org.onecsync.store.ImportLockedException;
import org.onecsync.store.SessionRecord;
import org.onecsync.store.StoreException;
import org.onecsync.sync.ImportJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exchange state kept in the store, shared by every server on the database: each locked section reads the
 * current exchange from the store, and writes back what it changed before the lock is released. The upload folder
 * holds this server's copies of the files it imports or unpacks.
 *
 * <p>A job runs in the server whose {@code import} started it; that server records its progress in the store and,
 * as soon as it ends, its outcome. Another server answers {@code progress} from the store, then the outcome. A
 * job whose server stopped (its progress not refreshed for {@link #STALE} and no import holding the store's import
 * lock, and its session not ended within that time) is recorded as failed: 1C then runs the exchange again.
 */
final class StoredBoard implements ExchangeBoard {

    /** How long a job may go without a sign of life before its server is checked for having stopped. */
    static final Duration STALE = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Logger LOG = LoggerFactory.getLogger(StoredBoard.class);

    private final ExchangeStateStore state;
    private final CatalogStore store;
    private final Path root;
    private final Clock clock;
    private final AuthSessions logins;
    /** This server, as run owners are named in the store. */
    private final String owner = Tokens.next();
    /** The jobs this server runs, by exchange id. */
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    StoredBoard(ExchangeStateStore state, CatalogStore store, Path root, Clock clock) {
        this.state = Objects.requireNonNull(state, "state");
        this.store = store;
        this.root = root;
        this.clock = clock;
        this.logins = new StoredAuthSessions(state, clock);
    }

    @Override
    public <T> T locked(Section<T> work) throws Refused, IOException {
        Refused[] refused = new Refused[1];
        T result;
        try {
            result = state.locked(transaction -> {
                StoredView view = new StoredView(transaction);
                try {
                    T value = work.run(view);
                    view.save();
                    return value;
                } catch (Refused e) {
                    view.save();
                    refused[0] = e;
                    return null;
                }
            });
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (refused[0] != null) {
            throw refused[0];
        }
        return result;
    }

    @Override
    public AuthSessions logins() {
        return logins;
    }

    @Override
    public void log(ExchangeLog.Entry entry, boolean beforeInit) {
        try {
            String id = beforeInit ? null : state.current().map(ExchangeStateStore.Exchange::id).orElse(null);
            state.appendLog(id, ExchangeLog.line(entry));
        } catch (StoreException e) {
            LOG.warn("cannot write the exchange log to the database: {}", e.getMessage());
        }
    }

    @Override
    public Path currentLog() {
        return null;
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public void progress(Exchange exchange, String text, long sessionId) {
        try {
            state.progress(exchange.id(), owner, text, clock.instant(), sessionId);
        } catch (RuntimeException e) {
            // Called from the import's own progress callback too: a record that fails must not fail the import.
            LOG.warn("cannot record the progress of exchange {}: {}", exchange.id(), e.getMessage());
        }
    }

    @Override
    public String awaitRemote(Exchange exchange, Duration left) throws InterruptedException {
        Instant deadline = clock.instant().plus(left);
        while (true) {
            Optional<ExchangeStateStore.Run> run = state.run(exchange.id());
            if (run.isEmpty()) {
                return null;
            }
            Duration rest = Duration.between(clock.instant(), deadline);
            if (rest.isNegative() || rest.isZero()) {
                return run.get().progress();
            }
            Thread.sleep(Math.max(1, Math.min(POLL.toMillis(), rest.toMillis())));
        }
    }

    @Override
    public boolean abandoned(ImportRun run) {
        if (!run.remote() || run.heartbeat().plus(STALE).isAfter(clock.instant())) {
            return false;
        }
        // A running job holds the import lock, and loses it with its server's connection.
        try (ImportLock held = store.lock()) {
            return !endedJustNow(run);
        } catch (ImportLockedException e) {
            return false;
        } catch (Exception e) {
            LOG.warn("cannot check whether the server of an exchange's job stopped: {}", e.getMessage());
            return false;
        }
    }

    /**
     * Whether the job's session ended less than {@link #STALE} ago: its server released the import lock then, and,
     * if alive, records the end in a moment.
     */
    private boolean endedJustNow(ImportRun run) {
        if (run.sessionId() < 0) {
            return false;
        }
        Optional<SessionRecord> session = store.sessions().find(run.sessionId());
        return session.isPresent() && session.get().finishedAt() != null
                && session.get().finishedAt().plus(STALE).isAfter(clock.instant());
    }

    @Override
    public List<ImportJob> localJobs() {
        return List.copyOf(jobs.values());
    }

    /** The state in one locked transaction: loaded on first use, written back by {@link #save()}. */
    private final class StoredView implements View {
        private final ExchangeStateStore.Transaction transaction;
        private boolean fetched;
        private Exchange loaded;
        private ImportRun loadedRun;
        /** The exchange's row and its files' rows as read (or begun): {@link #save()} writes only what changed. */
        private ExchangeStateStore.Exchange loadedRow;
        private final Map<String, ExchangeStateStore.File> loadedFiles = new HashMap<>();
        private StoredFiles bytes;

        StoredView(ExchangeStateStore.Transaction transaction) {
            this.transaction = transaction;
        }

        @Override
        public Exchange current() throws IOException {
            if (!fetched) {
                fetched = true;
                Optional<ExchangeStateStore.Exchange> found = transaction.current();
                if (found.isPresent()) {
                    loaded = load(found.get());
                }
            }
            return loaded;
        }

        private Exchange load(ExchangeStateStore.Exchange record) throws IOException {
            List<ExchangeStateStore.File> files = transaction.files(record.id());
            files.forEach(f -> loadedFiles.put(f.name(), f));
            loadedRow = record;
            bytes = new StoredFiles(state, transaction, record.id(), loadedFiles.keySet());
            Exchange exchange = Exchange.open(root, record.id(), record.timestamp(), bytes);
            for (ExchangeStateStore.File file : files) {
                Upload upload = new Upload(file.name(), file.seq());
                upload.size = file.size();
                upload.zip = file.zip();
                upload.state = Upload.State.valueOf(file.state());
                upload.answer = file.answer();
                upload.full = file.full();
                exchange.restore(upload);
            }
            ExchangeStateStore.Outcome outcome = record.deactivation();
            exchange.deactivated(outcome == null ? null : new Exchange.Outcome(outcome.success(), outcome.message()));
            Optional<ExchangeStateStore.Run> run = transaction.run(record.id());
            if (run.isPresent()) {
                ExchangeStateStore.Run row = run.get();
                List<Upload> batch = row.files().stream().map(exchange::upload).filter(Objects::nonNull).toList();
                ImportJob job = row.owner().equals(owner) ? jobs.get(record.id()) : null;
                loadedRun = job != null ? new ImportRun(job, batch, row.deactivation())
                        : new ImportRun(null, batch, row.deactivation(), row.heartbeat(), row.sessionId());
                exchange.run(loadedRun);
            }
            return exchange;
        }

        @Override
        public Exchange begin(String id, long timestamp) throws IOException {
            ExchangeBoard.clearPreviousUploads(root);
            loadedRow = new ExchangeStateStore.Exchange(id, timestamp, null);
            transaction.begin(loadedRow);
            jobs.clear();
            fetched = true;
            loadedRun = null;
            loadedFiles.clear();
            bytes = new StoredFiles(state, transaction, id, Set.of());
            loaded = Exchange.open(root, id, timestamp, bytes);
            return loaded;
        }

        void save() {
            if (loaded == null) {
                return;
            }
            String id = loaded.id();
            Set<String> kept = new HashSet<>();
            for (Upload upload : loaded.uploads()) {
                kept.add(upload.name);
                ExchangeStateStore.File row = new ExchangeStateStore.File(upload.name, upload.seq, upload.size,
                        upload.zip, upload.state.name(), upload.answer, upload.full);
                // Every call saves: only rows that changed are written, not every file of a big exchange.
                if (bytes.touched(upload.name) || !row.equals(loadedFiles.get(upload.name))) {
                    transaction.putFile(id, row);
                }
            }
            for (String name : bytes.recorded()) {
                if (!kept.contains(name)) {
                    transaction.removeFile(id, name);
                }
            }
            Exchange.Outcome outcome = loaded.deactivated();
            ExchangeStateStore.Exchange row = new ExchangeStateStore.Exchange(id, loaded.timestamp(),
                    outcome == null ? null : new ExchangeStateStore.Outcome(outcome.success(), outcome.message()));
            if (!row.equals(loadedRow)) {
                transaction.update(row);
            }
            ImportRun run = loaded.run();
            if (run == null) {
                if (loadedRun != null) {
                    transaction.removeRun(id);
                }
                jobs.remove(id);
            } else if (run != loadedRun) {
                transaction.putRun(id, new ExchangeStateStore.Run(run.batch().stream().map(u -> u.name).toList(),
                        run.deactivation(), owner, ReplyTexts.progress(run, null), clock.instant(), -1));
                jobs.put(id, run.job());
            }
        }
    }
}
