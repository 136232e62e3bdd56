package org.onecsync.sync;

import java.time.Duration;
import java.util.Objects;
import org.onecsync.SyncException;

/**
 * A running or finished import started with {@link SyncEngine#start}. Thread-safe: {@link #status()} is a cheap
 * read of an immutable snapshot, fit for polling from any thread (a status page, an HTTP reply).
 *
 * <pre>{@code
 * ImportJob job = engine.start(ExportSources.open(upload), ImportOptions.defaults(), executor);
 * ImportJob.Status status = job.await(Duration.ofSeconds(20));
 * switch (status.state()) {
 *     case SUCCEEDED -> reply("success", status.report());
 *     case FAILED, CANCELLED -> reply("failure", status.failure().getMessage());
 *     default -> reply("progress", status.phase() + " " + status.percent() + " %");
 * }
 * }</pre>
 */
public interface ImportJob {

    /** State of a job. */
    enum State {
        /** Submitted to the executor, whose task has not started yet. */
        QUEUED,
        /** The import is running on the executor. */
        RUNNING,
        /** The import committed (or, for a dry run, planned); {@link Status#report()} says what it did. */
        SUCCEEDED,
        /** The import failed and was rolled back; {@link Status#failure()} says why, its kind what failed. */
        FAILED,
        /**
         * {@link #cancel()} stopped the job before it committed: the import was rolled back, or never started
         * when the job was still queued; {@link Status#failure()} is of kind
         * {@link SyncException.Kind#INTERRUPTED}.
         */
        CANCELLED
    }

    /**
     * A snapshot of a job.
     *
     * @param state the job's state
     * @param phase the import's phase as {@link ImportProgress#phase()} names it ({@code reading},
     *        {@code applying}, {@code committing}), or {@code null} before the import first reported progress
     * @param percent 0..100: files done of the export's files in the {@code reading} and {@code applying}
     *        phases, 100 from {@code committing} on
     * @param records records read so far, as {@link ImportProgress#records()} last counted them
     * @param sessionId the import's session once it is open (before the files are read), else {@code -1}
     * @param report what the import did when {@link State#SUCCEEDED}, else {@code null}
     * @param failure why the job ended when {@link State#FAILED} or {@link State#CANCELLED}, with its kind (an
     *        {@link ImportFailedException} once the session was open), else {@code null}
     */
    record Status(State state, String phase, int percent, long records, long sessionId, ImportReport report,
                  SyncException failure) {

        /**
         * Checks a snapshot.
         *
         * @param state the job's state
         * @param phase the import's phase, or {@code null} before its first progress
         * @param percent 0..100
         * @param records records read so far
         * @param sessionId the session, or {@code -1}
         * @param report what the import did, or {@code null}
         * @param failure why the job failed, or {@code null}
         * @throws NullPointerException if {@code state} is {@code null}
         * @throws IllegalArgumentException if {@code percent} is outside 0..100
         */
        public Status {
            Objects.requireNonNull(state, "state");
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("percent must be 0..100, not " + percent);
            }
        }

        /** {@return whether the job has ended: succeeded, failed or cancelled} */
        public boolean finished() {
            return state == State.SUCCEEDED || state == State.FAILED || state == State.CANCELLED;
        }
    }

    /** {@return the job's current status; cheap, never blocks} */
    Status status();

    /**
     * Asks the job to stop. A running import stops at its next cancellation check (see
     * {@link ImportOptions#cancelled()}) and rolls back; the job then ends {@link State#CANCELLED}. A queued job
     * ends {@code CANCELLED} at once and never runs. A no-op when the job has finished, and too late once the
     * import has begun to commit (it then succeeds).
     */
    void cancel();

    /**
     * Waits until the job has finished or the timeout has passed, whichever comes first.
     *
     * @param timeout how long to wait at most; zero or negative does not wait
     * @return the status then, finished or not; the job's failure is in it, never thrown
     * @throws InterruptedException if the waiting thread is interrupted (the job goes on)
     */
    Status await(Duration timeout) throws InterruptedException;
}
