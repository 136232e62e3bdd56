package org.onecsync.http.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import org.onecsync.http.ExchangeSettings;
import org.onecsync.http.Response;
import org.onecsync.store.MissingPolicy;
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
    /**
     * How long an exchange's import waits for another import (a JSON push, an {@code onec-sync import}) to release the
     * import lock. 1C goes on with its next file after a {@code failure}, so failing at once would lose the file;
     * meanwhile the calls answer {@code progress} ("waiting for another import").
     */
    static final Duration LOCK_WAIT = Duration.ofHours(1);
    /** The most an answer is given before the time box ends, for its way back to 1C. */
    private static final Duration MARGIN = Duration.ofSeconds(1);

    private final ExchangeSettings settings;
    private final Clock clock;
    private final Replies replies;
    private final ExchangeBoard board;
    private final ExchangeJobs jobs;

    ImportCalls(ExchangeSettings settings, SyncEngine engine, Executor executor, Monitoring monitoring, Clock clock,
                Replies replies, ExchangeBoard board) {
        this.settings = settings;
        this.clock = clock;
        this.replies = replies;
        this.board = board;
        this.jobs = new ExchangeJobs(settings, engine, executor, monitoring, clock, board);
    }

    /** Records a finished job's outcome on its files. Called holding the exchange lock. */
    void settle(Exchange exchange) {
        jobs.settle(exchange);
    }

    /** Cancels the jobs this server runs (they roll back), waits up to {@code wait} for each, records their end. */
    void cancel(Duration wait) throws InterruptedException {
        jobs.cancel(wait);
    }


    Response importFile(String name) throws Refused, IOException, InterruptedException {
        Instant deadline = deadline();
        // Round one may only wait for another file's import, round two for the unpacking of zips; the next
        // starts this file's import, the last answers.
        for (int round = 0; round < 4; round++) {
            Object step = board.locked(view -> {
                Exchange exchange = view.current();
                if (exchange == null) {
                    throw new Refused("no file named " + name + " was uploaded: the exchange has not started (init)");
                }
                settle(exchange);
                ImportRun run = exchange.run();
                if (run == null) {
                    run = next(exchange, name);
                    if (run == null) {
                        Upload upload = exchange.upload(name);
                        return upload.state == Upload.State.APPLIED ? replies.success(upload.answer)
                                : replies.failure(upload.answer);
                    }
                }
                return new ExchangeJobs.Waiting(exchange, run);
            });
            if (step instanceof Response response) {
                return response;
            }
            String progress = jobs.await((ExchangeJobs.Waiting) step, deadline);
            if (progress != null) {
                return replies.progress(progress);
            }
        }
        return replies.progress("waiting for the import of " + name);
    }

    /**
     * When the call must answer: within the time box, less a margin for the reply's way back, so that 1C never
     * waits longer than the box for an answer.
     */
    private Instant deadline() {
        return clock.instant().plus(answerWithin(settings.importTimeBox()));
    }

    /** How long a call may wait for a job: the time box less a margin (a tenth of it, at most a second). */
    static Duration answerWithin(Duration box) {
        Duration margin = box.dividedBy(10);
        return box.minus(margin.compareTo(MARGIN) > 0 ? MARGIN : margin);
    }

    /**
     * The job to start for an {@code import} of the file: the unpacking of zips uploaded before (the file may be
     * inside one), else the file's import; {@code null} when the file's import has ended and its answer stands.
     */
    private ImportRun next(Exchange exchange, String name) throws Refused, IOException {
        Upload upload = exchange.upload(name);
        if (upload != null && (upload.state == Upload.State.APPLIED || upload.state == Upload.State.FAILED)) {
            return null;
        }
        List<Upload> zips = exchange.pendingZips();
        if (!zips.isEmpty()) {
            ImportRun run = jobs.launch(exchange, zips, false, exchange.unpacking(zips, settings), null);
            zips.forEach(zip -> zip.state = Upload.State.APPLYING);
            LOG.info("exchange {}: unpacking {}", exchange.id(), run.names());
            return run;
        }
        if (upload == null || upload.state == Upload.State.UNPACKED) {
            Upload failed = exchange.failedZip();
            if (upload == null && failed != null) {
                throw new Refused(failed.answer + " (no file named " + name + " was uploaded otherwise)");
            }
            throw new Refused(upload == null ? "no file named " + name + " was uploaded in this exchange"
                    : name + " is a zip, unpacked already: import the files inside it by their names");
        }
        return start(exchange, upload);
    }

    private ImportRun start(Exchange exchange, Upload upload) throws Refused, IOException {
        List<Upload> batch = exchange.batchFor(upload);
        // Never remove anything here: one package of a packaged export is not the whole catalog, and the
        // next package's import would remove what the previous one brought. Removal waits for deactivate.
        ImportRun run = jobs.launch(exchange, batch, false, exchange.importing(batch),
                ImportOptions.defaults().withMissingPolicy(MissingPolicy.KEEP).withLockWait(LOCK_WAIT));
        for (Upload file : batch) {
            file.state = Upload.State.APPLYING;
        }
        // More data applied: a deactivation that ended before no longer covers the exchange.
        exchange.deactivated(null);
        LOG.info("exchange {}: importing {}", exchange.id(), run.names());
        return run;
    }

    /**
     * Removes, after a complete exchange, what its full packages no longer hold: every file the exchange applied
     * is applied once more, all together in one job, with the configured missing policy. Re-applying is cheap
     * (only changes are written); what matters is that the policy sees the union of every package, so that one
     * package never removes another's records. Time-boxed and polled as {@code import} is.
     */
    Response deactivate() throws Refused, IOException, InterruptedException {
        Instant deadline = deadline();
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
                return new ExchangeJobs.Waiting(exchange, run);
            });
            if (step instanceof Response response) {
                return response;
            }
            id = ((ExchangeJobs.Waiting) step).exchange().id();
            String progress = jobs.await((ExchangeJobs.Waiting) step, deadline);
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
        ImportRun run = jobs.launch(exchange, applied, true, exchange.deactivating(applied),
                ImportOptions.defaults().withMissingPolicy(settings.missingPolicy()).withLockWait(LOCK_WAIT));
        LOG.info("exchange {}: deactivating ({}) what {} no longer hold", exchange.id(), settings.missingPolicy(),
                run.names());
        return run;
    }
}
