package org.onecsync.sync.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.onecsync.SyncException;
import org.onecsync.SyncException.Kind;
import org.onecsync.source.ExportSource;
import org.onecsync.sync.ImportFailedException;
import org.onecsync.sync.ImportJob;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.ImportProgress;
import org.onecsync.sync.ImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link ImportJob}: one task on the caller's executor that runs {@link ImportRunner#run} and follows it
 * through the progress it reports. The status is one immutable snapshot behind an atomic reference, so a read
 * is one volatile load. After the task has started only the importing thread writes it; before, the task's
 * start and a {@link #cancel()} race for the queued state, and a compare-and-set decides which one wins.
 */
final class BackgroundImport implements ImportJob {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundImport.class);
    static final String CANCELLED_QUEUED = "interrupted: cancelled before it started";

    private final ImportRunner runner;
    private final ExportSource source;
    private final ImportOptions options;
    private final AtomicReference<Status> status =
            new AtomicReference<>(new Status(State.QUEUED, null, 0, 0, -1, null, null));
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean cancelRequested;

    private BackgroundImport(ImportRunner runner, ExportSource source, ImportOptions options) {
        this.runner = runner;
        this.source = source;
        BooleanSupplier callers = options.cancelled();
        Consumer<ImportProgress> progress = options.progress();
        this.options = options
                .withCancellation(() -> cancelRequested || callers.getAsBoolean())
                .withProgress(p -> {
                    track(p);
                    progress.accept(p);
                });
    }

    /** Submits the job's one task; when the executor refuses it, closes the source and says so. */
    static ImportJob start(ImportRunner runner, ExportSource source, ImportOptions options, Executor executor) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(executor, "executor");
        BackgroundImport job = new BackgroundImport(runner, source, options);
        try {
            executor.execute(job::run);
        } catch (RejectedExecutionException e) {
            RejectedExecutionException refused = new RejectedExecutionException("cannot start the import of "
                    + source.description() + ": the executor refused its task (" + e.getMessage() + ")", e);
            closeSource(source, refused);
            throw refused;
        }
        return job;
    }

    @Override
    public Status status() {
        return status.get();
    }

    @Override
    public void cancel() {
        // Set first: once the task has taken the queued state, the import polls it.
        cancelRequested = true;
        Status queued = status.get();
        if (queued.state() == State.QUEUED && status.compareAndSet(queued, new Status(State.CANCELLED, null, 0, 0,
                -1, null, new SyncException(Kind.INTERRUPTED, CANCELLED_QUEUED)))) {
            // The task will find the job ended and do nothing; the source is released here instead.
            closeSource(source, null);
            done.countDown();
        }
    }

    @Override
    public Status await(Duration timeout) throws InterruptedException {
        long nanos;
        try {
            nanos = timeout.toNanos();
        } catch (ArithmeticException tooLong) {
            nanos = Long.MAX_VALUE;
        }
        done.await(nanos, TimeUnit.NANOSECONDS);
        return status.get();
    }

    /** The task: runs the import unless the job was cancelled while queued, then ends the job. */
    private void run() {
        Status queued = status.get();
        if (queued.state() != State.QUEUED
                || !status.compareAndSet(queued, new Status(State.RUNNING, null, 0, 0, -1, null, null))) {
            return;
        }
        Status end;
        Error error = null;
        try {
            ImportReport report = runner.run(source, options, this::opened);
            Status last = status.get();
            end = new Status(State.SUCCEEDED, last.phase(), 100, last.records(), report.sessionId(), report, null);
        } catch (SyncException e) {
            end = failed(e);
        } catch (RuntimeException e) {
            // The runner wraps everything it throws; this would be a bug of the job's own.
            end = failed(new SyncException(Kind.INTERNAL, "internal error, a bug in onec-sync (please report it): "
                    + e, e));
        } catch (Error e) {
            error = e;
            end = failed(new SyncException(Kind.INTERNAL, Failures.ofError(e), e));
        }
        // The source is closed before the end is published, so whoever sees it may delete the files.
        closeSource(source, end.failure());
        status.set(end);
        done.countDown();
        if (error != null) {
            // Recorded in the status; rethrown too, since a JVM error must not be swallowed by the job.
            throw error;
        }
    }

    private Status failed(SyncException e) {
        Status last = status.get();
        long session = e instanceof ImportFailedException failed ? failed.sessionId() : last.sessionId();
        State state = cancelRequested && e.kind() == Kind.INTERRUPTED ? State.CANCELLED : State.FAILED;
        return new Status(state, last.phase(), last.percent(), last.records(), session, null, e);
    }

    private void opened(long session) {
        update(s -> new Status(s.state(), s.phase(), s.percent(), s.records(), session, null, null));
    }

    private void track(ImportProgress progress) {
        int percent = "committing".equals(progress.phase()) ? 100
                : progress.filesTotal() <= 0 ? 0 : (int) (100L * progress.filesDone() / progress.filesTotal());
        update(s -> new Status(s.state(), progress.phase(), Math.min(100, Math.max(0, percent)), progress.records(),
                s.sessionId(), null, null));
    }

    /**
     * Changes a running job's snapshot. Only the importing thread calls it today; the update is atomic all the
     * same, so that a progress report from another thread could never undo a newer one or an ended job.
     */
    private void update(UnaryOperator<Status> change) {
        status.updateAndGet(current -> current.state() == State.RUNNING ? change.apply(current) : current);
    }

    private static void closeSource(ExportSource source, Throwable failure) {
        try {
            source.close();
        } catch (IOException | RuntimeException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            } else {
                LOG.warn("the import job ended, but closing {} failed: {}", source.description(), e.getMessage());
            }
        }
    }
}
