package org.onecsync.http.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.onecsync.http.ExchangeSettings;
import org.onecsync.sync.ImportJob;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.SyncEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jobs that apply an exchange's files: started in the server whose call asks for one, waited for (time-boxed)
 * by any server, and settled, once they end, on the exchange's files.
 */
final class ExchangeJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeJobs.class);
    /** The least time between two progress records of a job in the store. */
    private static final long PROGRESS_EVERY_MILLIS = 1_000;

    private final ExchangeSettings settings;
    private final SyncEngine engine;
    private final Executor executor;
    private final Monitoring monitoring;
    private final Clock clock;
    private final ExchangeBoard board;

    ExchangeJobs(ExchangeSettings settings, SyncEngine engine, Executor executor, Monitoring monitoring, Clock clock,
                 ExchangeBoard board) {
        this.settings = settings;
        this.engine = engine;
        this.executor = executor;
        this.monitoring = monitoring;
        this.clock = clock;
        this.board = board;
    }

    /**
     * A run to wait for, once the exchange lock is released.
     *
     * @param exchange its exchange
     * @param run the run
     */
    record Waiting(Exchange exchange, ImportRun run) {
    }

    /**
     * Starts a job and makes it the exchange's run: its preparation (fetching the files, unpacking zips) on the job's
     * thread, then the import of the files, unless the preparation was all. With a shared state the job records
     * its progress as it goes and its end as soon as it ends, for the servers that are asked about it.
     *
     * @param options the import's options; {@code null} when nothing is imported after the preparation
     */
    ImportRun launch(Exchange exchange, List<Upload> batch, boolean deactivation, PreparedJob.Preparation preparation,
                     ImportOptions options) {
        AtomicReference<ImportRun> started = new AtomicReference<>();
        Runnable report = () -> { };
        Runnable ended = () -> { };
        ImportOptions reporting = options;
        if (board.shared()) {
            AtomicLong recorded = new AtomicLong();
            report = () -> {
                ImportRun self = started.get();
                long now = clock.millis();
                long last = recorded.get();
                if (self != null && now - last >= PROGRESS_EVERY_MILLIS && recorded.compareAndSet(last, now)) {
                    ImportJob.Status status = self.job().status();
                    board.progress(exchange, ReplyTexts.progress(self, status), status.sessionId());
                }
            };
            String id = exchange.id();
            ended = () -> afterJob(id);
            if (options != null) {
                Runnable progressed = report;
                reporting = options.withProgress(progress -> progressed.run());
            }
        }
        ImportOptions chosen = reporting;
        Runnable end = ended;
        ImportRun run = new ImportRun(PreparedJob.start(preparation, source -> JobLauncher.start(monitoring,
                "exchange", engine, source, chosen, executor, end), executor, ended, report), batch, deactivation);
        started.set(run);
        exchange.run(run);
        return run;
    }

    /** Records the end of a job of this server at once: the next call may go to another server. */
    private void afterJob(String exchangeId) {
        try {
            board.locked(view -> {
                Exchange exchange = view.current();
                if (exchange != null && exchange.id().equals(exchangeId)) {
                    settle(exchange);
                }
                return null;
            });
        } catch (Refused | IOException | RuntimeException e) {
            LOG.warn("exchange {}: cannot record the end of its import: {}", exchangeId, e.toString());
        }
    }

    /** Cancels the jobs this server runs (they roll back), waits up to {@code wait} for each, records their end. */
    void cancel(Duration wait) throws InterruptedException {
        List<ImportJob> jobs = board.localJobs();
        if (jobs.isEmpty()) {
            return;
        }
        for (ImportJob job : jobs) {
            job.cancel();
            job.await(wait);
        }
        try {
            board.locked(view -> {
                Exchange exchange = view.current();
                if (exchange != null) {
                    settle(exchange);
                }
                return null;
            });
        } catch (Refused | IOException | RuntimeException e) {
            LOG.warn("cannot record the end of the cancelled imports: {}", e.toString());
        }
    }

    /** Waits for a run at most until the deadline: {@code null} once it ended, else how it is going. */
    String await(Waiting waiting, Instant deadline) throws InterruptedException {
        Duration left = Duration.between(clock.instant(), deadline);
        left = left.isNegative() ? Duration.ZERO : left;
        if (waiting.run().remote()) {
            return board.awaitRemote(waiting.exchange(), left);
        }
        ImportJob.Status status = waiting.run().job().await(left);
        if (status.finished()) {
            return null;
        }
        String text = ReplyTexts.progress(waiting.run(), status);
        board.progress(waiting.exchange(), text, status.sessionId());
        return text;
    }

    /** Records a finished job's outcome on its files. Called holding the exchange lock. */
    void settle(Exchange exchange) {
        ImportRun run = exchange.run();
        if (run == null) {
            return;
        }
        if (run.remote()) {
            if (board.abandoned(run)) {
                end(exchange, run, false, ReplyTexts.abandoned(exchange, run));
            }
            return;
        }
        ImportJob.Status status = run.job().status();
        if (!status.finished()) {
            return;
        }
        if (run.unpack()) {
            unpacked(exchange, run, status);
            return;
        }
        boolean succeeded = status.state() == ImportJob.State.SUCCEEDED && status.report() != null;
        if (run.deactivation()) {
            end(exchange, run, succeeded, succeeded
                    ? ReplyTexts.deactivated(exchange, status.report(), settings.missingPolicy())
                    : ReplyTexts.deactivationFailure(exchange, status));
        } else {
            end(exchange, run, succeeded, succeeded ? ReplyTexts.success(run, status.report())
                    : ReplyTexts.failure(run, status));
        }
    }

    /** Records what the zips held once unpacked, or why they could not be. */
    private static void unpacked(Exchange exchange, ImportRun run, ImportJob.Status status) {
        exchange.run(null);
        ZipUnpacking unpacking = (ZipUnpacking) ((PreparedJob) run.job()).preparation();
        boolean succeeded = status.state() == ImportJob.State.SUCCEEDED;
        String answer = succeeded ? null : status.failure() != null ? status.failure().getMessage()
                : "the unpacking of " + run.names() + " was cancelled";
        for (Upload zip : run.batch()) {
            try {
                if (succeeded) {
                    exchange.unpacked(zip, unpacking.filesOf(zip.name));
                } else {
                    exchange.unpackFailed(zip, answer);
                }
            } catch (IOException e) {
                LOG.warn("exchange {}: cannot drop the bytes of {}: {}", exchange.id(), zip.name, e.toString());
            }
        }
        LOG.info("exchange {}: unpacking of {} {}", exchange.id(), run.names(), succeeded ? "done" : "failed: " + answer);
    }

    private static void end(Exchange exchange, ImportRun run, boolean succeeded, String answer) {
        exchange.run(null);
        if (run.deactivation()) {
            exchange.deactivated(new Exchange.Outcome(succeeded, answer));
            LOG.info("exchange {}: deactivation {}: {}", exchange.id(), succeeded ? "done" : "failed", answer);
            return;
        }
        for (Upload upload : run.batch()) {
            upload.state = succeeded ? Upload.State.APPLIED : Upload.State.FAILED;
            upload.answer = answer;
        }
        LOG.info("exchange {}: import of {} {}", exchange.id(), run.names(), succeeded ? "done" : "failed: " + answer);
    }
}
