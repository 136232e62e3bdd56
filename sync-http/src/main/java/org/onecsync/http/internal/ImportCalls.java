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
import org.onecsync.http.Response;
import org.onecsync.store.MissingPolicy;
import org.onecsync.sync.ImportJob;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.SyncEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code import} and {@code deactivate}: the jobs that apply an exchange's files, time-boxed, and what their end
 * means for the files. A job runs in the server whose call started it; any server answers for it.
 */
final class ImportCalls {

    private static final Logger LOG = LoggerFactory.getLogger(ImportCalls.class);
    /** The least time between two progress records of a job in the store. */
    private static final long PROGRESS_EVERY_MILLIS = 1_000;

    private final ExchangeSettings settings;
    private final SyncEngine engine;
    private final Executor executor;
    private final Monitoring monitoring;
    private final Clock clock;
    private final Replies replies;
    private final ExchangeBoard board;

    ImportCalls(ExchangeSettings settings, SyncEngine engine, Executor executor, Monitoring monitoring, Clock clock,
                Replies replies, ExchangeBoard board) {
        this.settings = settings;
        this.engine = engine;
        this.executor = executor;
        this.monitoring = monitoring;
        this.clock = clock;
        this.replies = replies;
        this.board = board;
    }

    /** A run to wait for, once the exchange lock is released. */
    private record Waiting(Exchange exchange, ImportRun run) {
    }

    Response importFile(String name) throws Refused, IOException, InterruptedException {
        Instant deadline = clock.instant().plus(settings.importTimeBox());
        // Round one may only wait for another file's import; round two starts this file's, round three answers.
        for (int round = 0; round < 3; round++) {
            Object step = board.locked(view -> {
                Exchange exchange = view.current();
                if (exchange == null) {
                    throw new Refused("no file named " + name + " was uploaded: the exchange has not started (init)");
                }
                settle(exchange);
                ImportRun run = exchange.run();
                if (run == null) {
                    Upload upload = exchange.upload(name);
                    if (upload != null && upload.state == Upload.State.APPLIED) {
                        return replies.success(upload.answer);
                    }
                    if (upload != null && upload.state == Upload.State.FAILED) {
                        return replies.failure(upload.answer);
                    }
                    exchange.unpackZips(settings);
                    upload = exchange.upload(name);
                    if (upload == null) {
                        throw new Refused("no file named " + name + " was uploaded in this exchange");
                    }
                    run = start(exchange, upload);
                }
                return new Waiting(exchange, run);
            });
            if (step instanceof Response response) {
                return response;
            }
            String progress = await((Waiting) step, deadline);
            if (progress != null) {
                return replies.progress(progress);
            }
        }
        return replies.progress("waiting for the import of " + name);
    }

    private ImportRun start(Exchange exchange, Upload upload) throws Refused, IOException {
        List<Upload> batch = exchange.batchFor(upload);
        UploadedSource source = exchange.source(batch);
        // Never remove anything here: one package of a packaged export is not the whole catalog, and the
        // next package's import would remove what the previous one brought. Removal waits for deactivate.
        ImportRun run = launch(exchange, batch, false, source,
                ImportOptions.defaults().withMissingPolicy(MissingPolicy.KEEP));
        for (Upload file : batch) {
            file.state = Upload.State.APPLYING;
        }
        // More data applied: a deactivation that ended before no longer covers the exchange.
        exchange.deactivated(null);
        LOG.info("exchange {}: importing {}", exchange.id(), run.names());
        return run;
    }

    /**
     * Starts a job and makes it the exchange's run. With a shared state the job records its progress as it goes
     * and its end as soon as it ends, for the servers that are asked about it.
     */
    private ImportRun launch(Exchange exchange, List<Upload> batch, boolean deactivation, UploadedSource source,
                             ImportOptions options) {
        ImportRun run;
        if (!board.shared()) {
            run = new ImportRun(JobLauncher.start(monitoring, "exchange", engine, source, options, executor), batch,
                    deactivation);
        } else {
            AtomicReference<ImportRun> started = new AtomicReference<>();
            AtomicLong recorded = new AtomicLong();
            String id = exchange.id();
            ImportOptions reporting = options.withProgress(progress -> {
                ImportRun self = started.get();
                long now = clock.millis();
                long last = recorded.get();
                if (self != null && now - last >= PROGRESS_EVERY_MILLIS && recorded.compareAndSet(last, now)) {
                    board.progress(exchange, ReplyTexts.progress(self, self.job().status()));
                }
            });
            run = new ImportRun(JobLauncher.start(monitoring, "exchange", engine, source, reporting, executor,
                    () -> afterJob(id)), batch, deactivation);
            started.set(run);
        }
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

    /** Waits for a run at most until the deadline: {@code null} once it ended, else how it is going. */
    private String await(Waiting waiting, Instant deadline) throws InterruptedException {
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
        board.progress(waiting.exchange(), text);
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

    /**
     * Removes, after a complete exchange, what its full packages no longer hold: every file the exchange applied
     * is applied once more, all together in one job, with the configured missing policy. Re-applying is cheap
     * (only changes are written); what matters is that the policy sees the union of every package, so that one
     * package never removes another's records. Time-boxed and polled as {@code import} is.
     */
    Response deactivate() throws Refused, IOException, InterruptedException {
        Instant deadline = clock.instant().plus(settings.importTimeBox());
        String id = null;
        // Round one may only wait for a running import; round two starts the deactivation, round three answers.
        for (int round = 0; round < 3; round++) {
            Object step = board.locked(view -> {
                Exchange exchange = view.current();
                if (exchange == null) {
                    return replies.success("nothing deactivated: no exchange was started");
                }
                settle(exchange);
                ImportRun run = exchange.run();
                Exchange.Outcome done = exchange.deactivated();
                if (run == null && done != null) {
                    return done.success() ? replies.success(done.message()) : replies.failure(done.message());
                }
                if (run == null) {
                    String skip = refusal(exchange, exchange.uploads());
                    if (skip != null) {
                        return replies.success(skip);
                    }
                    run = startDeactivation(exchange, exchange.uploads().stream()
                            .filter(u -> u.state == Upload.State.APPLIED).toList());
                }
                return new Waiting(exchange, run);
            });
            if (step instanceof Response response) {
                return response;
            }
            id = ((Waiting) step).exchange().id();
            String progress = await((Waiting) step, deadline);
            if (progress != null) {
                return replies.progress(progress);
            }
        }
        return replies.progress("waiting for the deactivation of exchange " + id);
    }

    /** Why nothing is to be deactivated after the exchange, or {@code null} when the deactivation should run. */
    private String refusal(Exchange exchange, List<Upload> uploads) throws IOException {
        List<Upload> applied = uploads.stream().filter(u -> u.state == Upload.State.APPLIED).toList();
        if (applied.isEmpty()) {
            return "nothing deactivated: no file was imported in this exchange";
        }
        for (Upload upload : uploads) {
            if (upload.state == Upload.State.FAILED) {
                // A full package that failed would leave its records out of the union: they would be removed.
                return "nothing deactivated: the import of " + upload.name + " failed in this exchange, and "
                        + "deactivating after an incomplete exchange would remove what it did not deliver";
            }
            if (upload.state == Upload.State.PENDING && !upload.zip && exchange.isFull(upload)) {
                return "nothing deactivated: the full package " + upload.name + " was uploaded but not imported "
                        + "in this exchange";
            }
        }
        boolean full = false;
        for (Upload upload : applied) {
            full |= exchange.isFull(upload);
        }
        if (!full) {
            return "nothing deactivated: this exchange sent changes only, no full package";
        }
        if (settings.missingPolicy() == MissingPolicy.KEEP) {
            return "nothing deactivated: the server keeps records a full package no longer holds "
                    + "(missing policy keep)";
        }
        return null;
    }

    private ImportRun startDeactivation(Exchange exchange, List<Upload> applied) throws Refused, IOException {
        UploadedSource source = exchange.deactivationSource(applied);
        ImportRun run = launch(exchange, applied, true, source,
                ImportOptions.defaults().withMissingPolicy(settings.missingPolicy()));
        LOG.info("exchange {}: deactivating ({}) what {} no longer hold", exchange.id(), settings.missingPolicy(),
                run.names());
        return run;
    }
}
