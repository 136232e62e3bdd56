package org.onecsync.sync.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import org.onecsync.SyncException;
import org.onecsync.parse.ExportReader;
import org.onecsync.source.ExportSource;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.ChangeListener;
import org.onecsync.store.ChangeSubscriber;
import org.onecsync.store.ImportLock;
import org.onecsync.store.ImportTransaction;
import org.onecsync.store.SessionResult;
import org.onecsync.store.SessionStart;
import org.onecsync.store.SessionStatus;
import org.onecsync.sync.CatalogMissingException;
import org.onecsync.sync.ImportFailedException;
import org.onecsync.sync.ImportJob;
import org.onecsync.sync.ImportKind;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.ImportReport;
import org.onecsync.sync.internal.Failures.Failure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine behind {@link org.onecsync.sync.SyncEngine}: takes the lock, opens the session, runs the
 * {@link ImportAttempt} in a transaction and, whatever it fails with, rolls back, closes the session as failed
 * and throws an exception whose kind says what failed. No failure leaves a session {@code running}.
 */
public final class ImportRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);

    private final CatalogStore store;
    private final ExportReader reader;
    private final ChangeListener listener;
    private final List<ChangeSubscriber> subscribers;
    private final Clock clock;
    private final Executor executor;
    private final LockWait lockWait = new LockWait();

    /**
     * @param store where to apply
     * @param reader reads the export's files
     * @param listener hears every change of a real run inside its transaction
     * @param subscribers hear every change of a real run after it committed
     * @param clock times sessions and rows
     * @param executor runs the store's side of an import unless its options name another, or {@code null}
     */
    public ImportRunner(CatalogStore store, ExportReader reader, ChangeListener listener,
                        List<ChangeSubscriber> subscribers, Clock clock, Executor executor) {
        this.store = store;
        this.reader = reader;
        this.listener = listener;
        this.subscribers = List.copyOf(subscribers);
        this.clock = clock;
        this.executor = executor;
    }

    /**
     * Imports an export; see {@link org.onecsync.sync.SyncEngine#importExport}.
     *
     * @param source the export's files
     * @param options how
     * @return what was done
     */
    public ImportReport run(ExportSource source, ImportOptions options) {
        return run(source, options, session -> { });
    }

    /**
     * Starts an import as one task on the executor; see {@link org.onecsync.sync.SyncEngine#start}.
     *
     * @param source the export's files, closed when the job ends
     * @param options how
     * @param executor runs the job's one task
     * @return the job, queued or already running
     */
    public ImportJob start(ExportSource source, ImportOptions options, Executor executor) {
        return BackgroundImport.start(this, source, options, executor);
    }

    /**
     * Imports an export and tells {@code opened} the session's id as soon as the session is open, before
     * anything is read: a job reports it while the import runs.
     *
     * @param source the export's files
     * @param options how
     * @param opened hears the session's id once, on the importing thread; must be quick and must not throw
     * @return what was done
     */
    ImportReport run(ExportSource source, ImportOptions options, LongConsumer opened) {
        try (ImportLock lock = lockWait.acquire(store, options)) {
            store.prepare();
            if (options.kind().needsCatalog() && store.reader().products(null, 1).isEmpty()) {
                throw catalogMissing(options.kind());
            }
            int abandoned = store.sessions().failAbandoned();
            if (abandoned > 0) {
                LOG.warn("marked {} session(s) as failed: their process ended before they finished", abandoned);
            }
            Instant start = clock.instant();
            long session = store.sessions().open(new SessionStart(options.kind().jsonName(), source.description(),
                    options.dryRun(), start));
            opened.accept(session);
            return runSession(session, start, source, options);
        } catch (SyncException e) {
            throw e;
        } catch (RuntimeException e) {
            // Before the session opened (the lock, the schema, the log): nothing to roll back or close.
            Failure failure = Failures.of(e);
            throw new SyncException(failure.kind(), failure.message(), e);
        }
    }

    private ImportReport runSession(long session, Instant start, ExportSource source, ImportOptions options) {
        Problems problems = new Problems(options.problemLimit());
        ImportTransaction transaction = null;
        ImportAttempt.Applied applied;
        try {
            transaction = store.begin(session, start);
            applied = new ImportAttempt(this, session, start, options, problems).run(transaction, source);
        } catch (Error e) {
            fail(session, problems, transaction, Failures.ofError(e), e);
            throw e;
        } catch (Exception e) {
            Failure failure = Failures.of(e);
            fail(session, problems, transaction, failure.message(), e);
            if (e instanceof CatalogMissingException missing) {
                throw missing;
            }
            throw new ImportFailedException(session, failure.kind(), failure.message(), e);
        }
        release(session, transaction);
        if (!options.dryRun() && !subscribers.isEmpty()) {
            deliver(session, applied);
        }
        return new ImportReport(session, options.kind(), options.dryRun(), applied.status(),
                Duration.between(start, applied.end()), applied.counts(), problems.kept(), problems.total(),
                applied.skippedFiles(), applied.ignored());
    }

    /**
     * Rolls back and closes the session as failed, as far as the store lets it: what fails here is added to
     * the import's own failure, which is what the caller needs. The interrupt flag is cleared meanwhile (and set
     * again after), so that a cancelled import can still talk to its database: on a virtual thread, an
     * interrupt closes the socket of the next blocking call.
     */
    private void fail(long session, Problems problems, ImportTransaction transaction, String error,
                      Throwable failure) {
        boolean interrupted = Thread.interrupted();
        try {
            if (transaction != null) {
                try {
                    transaction.close();
                } catch (Throwable closeFailure) {
                    failure.addSuppressed(closeFailure);
                }
            }
            try {
                store.sessions().close(session, new SessionResult(SessionStatus.FAILED, clock.instant(), Map.of(),
                        problems.kept(), problems.total(), error));
            } catch (Throwable closeFailure) {
                failure.addSuppressed(closeFailure);
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Releases a committed (or rolled back dry-run) transaction; the import's outcome no longer depends on it. */
    private static void release(long session, ImportTransaction transaction) {
        try {
            transaction.close();
        } catch (RuntimeException e) {
            LOG.warn("session {} ended, but releasing its transaction failed: {}", session, e.getMessage());
        }
    }

    /**
     * Hands the committed changes to the subscribers. Delivery reads the feed back through the store's own
     * connections; when the store cannot serve it (the database refuses new connections, say), the import has
     * committed all the same: the failure is logged, the changes stay in the feed for a consumer to read, and the
     * import is reported as committed.
     */
    private void deliver(long session, ImportAttempt.Applied applied) {
        try {
            new Delivery(store, subscribers).deliver(applied.firstSeq(), applied.nextSeq());
        } catch (RuntimeException e) {
            LOG.warn("session {} committed, but its changes {}..{} could not be delivered to the subscribers; they"
                    + " are in the change feed: {}", session, applied.firstSeq(), applied.nextSeq() - 1,
                    e.getMessage());
        }
    }

    static CatalogMissingException catalogMissing(ImportKind kind) {
        String what = switch (kind) {
            case PRICES -> "prices";
            case STOCK -> "stock";
            default -> "offers, prices and stock";
        };
        return new CatalogMissingException("import the catalog first: the store has no products, so the "
                + what + " would have nothing to refer to");
    }

    CatalogStore store() {
        return store;
    }

    ExportReader reader() {
        return reader;
    }

    ChangeListener listener() {
        return listener;
    }

    Clock clock() {
        return clock;
    }

    Executor executor() {
        return executor;
    }
}
