package org.onecsync.http.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.onecsync.SyncException;
import org.onecsync.source.ExportSource;
import org.onecsync.sync.ImportJob;

/**
 * An exchange's job: first, on the job's own thread, the work that makes its files ready in this server's upload
 * folder (fetching them from the store, unpacking zips), then, unless that work was all, the engine's import of
 * them. No call does that work: a 2 GB zip is inflated while the calls answer {@code progress}, never inside one.
 */
final class PreparedJob implements ImportJob {

    /** The work before the import. */
    interface Preparation {
        /**
         * Makes the files ready, telling the job how far it is ({@link PreparedJob#progress}); stops soon after
         * the job is cancelled ({@link PreparedJob#checkCancelled()}).
         *
         * @return what to import, or {@code null} when nothing is imported after this work
         */
        ExportSource prepare(PreparedJob job) throws IOException, Refused;
    }

    private final Preparation preparation;
    private final Function<ExportSource, ImportJob> importer;
    private final Runnable ended;
    private final Runnable progressed;
    private final CountDownLatch prepared = new CountDownLatch(1);
    private volatile Status own = new Status(State.QUEUED, null, 0, 0, -1, null, null);
    private volatile ImportJob imported;
    private volatile boolean cancelled;

    private PreparedJob(Preparation preparation, Function<ExportSource, ImportJob> importer, Runnable ended,
                        Runnable progressed) {
        this.preparation = preparation;
        this.importer = importer;
        this.ended = ended;
        this.progressed = progressed;
    }

    /**
     * Starts a job on the executor.
     *
     * @param preparation the work before the import
     * @param importer starts the engine's import of what the preparation made ready; that job runs {@code ended}
     *        itself once it ends
     * @param executor runs the preparation
     * @param ended run on the job's thread when the job ends without an import
     * @param progressed run on the job's thread each time the preparation reports progress
     * @return the job
     */
    static PreparedJob start(Preparation preparation, Function<ExportSource, ImportJob> importer, Executor executor,
                             Runnable ended, Runnable progressed) {
        PreparedJob job = new PreparedJob(preparation, importer, ended, progressed);
        try {
            executor.execute(job::run);
        } catch (RejectedExecutionException e) {
            // The caller holds the exchange lock: it settles the job itself, so ended is not run here.
            job.end(new Status(State.FAILED, null, 0, 0, -1, null,
                    new SyncException(SyncException.Kind.INTERRUPTED, "the server is stopping", e)));
        }
        return job;
    }

    /** {@return the work before the import, with what it left (the files a zip held)} */
    Preparation preparation() {
        return preparation;
    }

    /** Reports how far the preparation is. */
    void progress(String phase, int percent, long done) {
        own = new Status(State.RUNNING, phase, Math.max(0, Math.min(100, percent)), done, -1, null, null);
        progressed.run();
    }

    /** Stops the preparation when the job was cancelled. */
    void checkCancelled() throws Refused {
        if (cancelled) {
            throw new Refused("cancelled: the server is stopping");
        }
    }

    private void run() {
        ExportSource source;
        try {
            if (cancelled) {
                end(cancelledStatus());
                ended.run();
                return;
            }
            own = new Status(State.RUNNING, null, 0, 0, -1, null, null);
            source = preparation.prepare(this);
        } catch (Refused | IOException | RuntimeException e) {
            end(cancelled ? cancelledStatus() : new Status(State.FAILED, null, 0, 0, -1, null, failure(e)));
            ended.run();
            return;
        }
        if (source == null) {
            end(new Status(State.SUCCEEDED, null, 100, own.records(), -1, null, null));
            ended.run();
            return;
        }
        try {
            ImportJob job = importer.apply(source);
            imported = job;
            if (cancelled) {
                job.cancel();
            }
        } catch (RuntimeException e) {
            end(new Status(State.FAILED, null, 0, 0, -1, null, failure(e)));
            ended.run();
            return;
        }
        prepared.countDown();
    }

    private static SyncException failure(Exception e) {
        if (e instanceof SyncException known) {
            return known;
        }
        if (e instanceof Refused) {
            return new SyncException(SyncException.Kind.BAD_INPUT, e.getMessage());
        }
        if (e instanceof IOException) {
            return new SyncException(SyncException.Kind.BAD_INPUT, "cannot make the files ready: " + e.getMessage(),
                    e);
        }
        return new SyncException(SyncException.Kind.INTERNAL, "the job failed: " + e, e);
    }

    private static Status cancelledStatus() {
        return new Status(State.CANCELLED, null, 0, 0, -1, null,
                new SyncException(SyncException.Kind.INTERRUPTED, "cancelled: the server is stopping"));
    }

    private void end(Status status) {
        own = status;
        prepared.countDown();
    }

    @Override
    public Status status() {
        ImportJob job = imported;
        return job != null ? job.status() : own;
    }

    @Override
    public void cancel() {
        cancelled = true;
        ImportJob job = imported;
        if (job != null) {
            job.cancel();
        }
    }

    @Override
    public Status await(Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        long total = Math.max(0, timeout.toNanos());
        if (!prepared.await(total, TimeUnit.NANOSECONDS)) {
            return status();
        }
        ImportJob job = imported;
        if (job == null) {
            return own;
        }
        return job.await(Duration.ofNanos(Math.max(0, total - (System.nanoTime() - start))));
    }
}
