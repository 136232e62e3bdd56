package org.onecsync.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.onecsync.SyncException;
import org.onecsync.http.ApiKey;
import org.onecsync.http.ApiSettings;
import org.onecsync.http.BodyTooLargeException;
import org.onecsync.http.MultipartBody;
import org.onecsync.http.Request;
import org.onecsync.http.Response;
import org.onecsync.http.UploadedPart;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;
import org.onecsync.spi.ParserOptions;
import org.onecsync.sync.ImportJob;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.SyncEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JSON sync API and the upload endpoint behind {@link org.onecsync.http.SyncApiHandler}. */
public final class ApiProtocol implements AutoCloseable {

    /** The header a key is sent in. */
    static final String KEY_HEADER = "X-API-Key";

    private static final Logger LOG = LoggerFactory.getLogger(ApiProtocol.class);
    /** The longest a push or upload waits for another import to end. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(5);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final SyncEngine engine;
    private final ApiKey key;
    private final ApiSettings settings;
    private final Executor executor;
    private final Monitoring monitoring;
    private final ApiGate gate;
    private final SyncIds syncIds;
    private final boolean readsJson;
    /** The jobs still running, each with the claim of its push's {@code sync_id} to settle when it ends. */
    private final Map<ImportJob, SyncIds.Claim> running = new ConcurrentHashMap<>();

    /**
     * @param engine applies the imports
     * @param key the key, or {@code null} when the API is disabled
     * @param settings the settings
     * @param executor runs the jobs
     * @param monitoring follows the jobs and counts the bytes received
     */
    public ApiProtocol(SyncEngine engine, ApiKey key, ApiSettings settings, Executor executor,
                       Monitoring monitoring) {
        this.monitoring = Objects.requireNonNull(monitoring, "monitoring");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.key = key;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.gate = new ApiGate(key, settings);
        this.syncIds = new SyncIds(engine.store().apiAnswers(), settings, Clock.systemUTC());
        this.readsJson = engine.parsers().providers().stream().anyMatch(p -> p.name().equalsIgnoreCase("json"));
        if (!readsJson) {
            LOG.warn("JSON pushes to the sync API will be refused (503): no parser reads JSON; add the json-parser "
                    + "module (org.onecsync:json-parser) to the class path");
        }
    }

    /** {@return the settings} */
    public ApiSettings settings() {
        return settings;
    }

    /** {@return whether a key is configured} */
    public boolean enabled() {
        return key != null;
    }

    /**
     * @param request a JSON push
     * @return the answer
     */
    public Response sync(Request request) {
        Response refused = gate.refuse(request, true);
        if (refused != null) {
            return refused;
        }
        if (!readsJson) {
            return ApiGate.unread(ApiAnswer.error(503, "JSON pushes are not available on this server: "
                    + "no parser reads JSON (the json-parser module is not on its class path)"));
        }
        Path spool = null;
        try {
            spool = BodySpool.spool(request.body(), settings.tempDir(), ".json", settings.bodyLimit());
            monitoring.received("api", Files.size(spool));
            JsonBodyCheck check = JsonBodyCheck.of(spool);
            if (request.header(KEY_HEADER) == null && !key.matches(check.token())) {
                return gate.unauthorized(request);
            }
            if (check.problem() != null) {
                return ApiAnswer.error(400, check.problem()).toResponse();
            }
            SyncIds.Decision decision = syncIds.claim(check.syncId());
            if (decision.answer() != null) {
                return decision.answer();
            }
            SpooledSource source;
            try {
                source = SpooledSource.file("api", spool, "sync.json", "application/json");
            } catch (IOException | RuntimeException e) {
                decision.held().release();
                throw e;
            }
            spool = null; // the source owns it now
            ImportOptions options = options().withParserOptions(ParserOptions.none().withFormat("json"));
            return run(source, options, true, decision.held());
        } catch (BodyTooLargeException e) {
            return gate.tooLarge();
        } catch (SyncException e) {
            // The sync_id could not be claimed: the store failed, or an import holds the lock it needed.
            return JobAnswers.failure(e);
        } catch (IOException e) {
            return ApiAnswer.error(400, "the body could not be read: " + e.getMessage()).toResponse();
        } finally {
            deleteQuietly(spool);
        }
    }

    /**
     * @param request an upload's headers
     * @param body its multipart body
     * @return the answer
     */
    public Response upload(Request request, MultipartBody body) {
        Response refused = gate.refuse(request, false);
        if (refused != null) {
            return refused;
        }
        String contentType = request.header("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return ApiAnswer.error(400, "expected multipart/form-data with a part named \"file\"").toResponse();
        }
        Path spool = null;
        try {
            UploadedPart part = body.part("file");
            if (part == null) {
                return ApiAnswer.error(400, "the body has no part named \"file\"").toResponse();
            }
            String name = UploadNames.displayName(part.filename());
            try (InputStream in = part.content()) {
                spool = BodySpool.spool(in, settings.tempDir(), ".upload", settings.bodyLimit());
                monitoring.received("upload", Files.size(spool));
            }
            String description = "upload " + name;
            SpooledSource source;
            if (isZip(spool)) {
                ExportSource zip = ExportSources.open(spool, settings.zipLimits());
                source = SpooledSource.zip(description, spool, zip);
            } else {
                source = SpooledSource.file(description, spool, name, part.contentType());
            }
            spool = null; // the source owns it now
            return run(source, options(), false, SyncIds.none());
        } catch (BodyTooLargeException e) {
            return gate.tooLarge();
        } catch (SyncException e) {
            return JobAnswers.failure(e);
        } catch (IOException e) {
            return ApiAnswer.error(400, "the upload could not be read: " + e.getMessage()).toResponse();
        } finally {
            deleteQuietly(spool);
        }
    }

    /**
     * @param request a request for a path not served
     * @return 404
     */
    public Response notFound(Request request) {
        return ApiAnswer.error(404, "no such endpoint: " + request.path()
                + " (POST /api/1c/sync or /api/1c/upload)").toResponse();
    }

    /**
     * A push or upload that meets another import waits a little for it (pushes of a few products follow each other
     * closely), then answers 503: a long import, such as a catalog exchange, is not waited out inside a request.
     */
    private ImportOptions options() {
        Duration half = settings.importWait().dividedBy(2);
        return ImportOptions.defaults().withProblemLimit(settings.errorLimit())
                .withLockWait(half.compareTo(LOCK_WAIT) < 0 ? half : LOCK_WAIT);
    }

    /**
     * Runs the import and answers from its end, or 202 when it is still running after the wait. The claim is settled
     * with the answer by whichever sees the end first: this request, or the job's task as it ends.
     */
    private Response run(SpooledSource source, ImportOptions options, boolean productsOnly, SyncIds.Claim claim) {
        CompletableFuture<ImportJob> started = new CompletableFuture<>();
        ImportJob job;
        try {
            job = JobLauncher.start(monitoring, productsOnly ? "api" : "upload", engine, source, options, executor,
                    () -> started.thenAccept(j -> claim.settle(j.status(), JobAnswers.of(j.status(), productsOnly))));
        } catch (RuntimeException e) {
            closeQuietly(source);
            claim.release();
            throw e;
        }
        running.put(job, claim);
        started.complete(job);
        ImportJob.Status status;
        try {
            status = job.await(settings.importWait());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = job.status();
        }
        if (!status.finished()) {
            LOG.info("{}: still running after {} s, answered 202 (session {})", source.description(),
                    settings.importWait().toSeconds(), status.sessionId());
            running.keySet().removeIf(j -> j.status().finished());
            return ApiAnswer.accepted(status.sessionId());
        }
        running.remove(job);
        Response response = JobAnswers.of(status, productsOnly);
        claim.settle(status, response);
        if (status.state() != ImportJob.State.SUCCEEDED) {
            SyncException failure = status.failure();
            LOG.info("{}: {}", source.description(), failure == null ? "cancelled" : failure.getMessage());
        } else {
            LOG.info("{}: {} (session {}, {} errors)", source.description(), response.status(),
                    status.sessionId(), status.report().problemCount());
        }
        return response;
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ZIP_MAGIC.length);
            return java.util.Arrays.equals(head, ZIP_MAGIC);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("could not delete {}: {}", file, e.toString());
            }
        }
    }

    private static void closeQuietly(ExportSource source) {
        try {
            source.close();
        } catch (IOException e) {
            LOG.warn("could not close {}: {}", source.description(), e.toString());
        }
    }

    /**
     * Cancels the imports still running and waits up to 30 s for them to end.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    @Override
    public void close() throws InterruptedException {
        Map<ImportJob, SyncIds.Claim> jobs = Map.copyOf(running);
        jobs.keySet().forEach(ImportJob::cancel);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (Map.Entry<ImportJob, SyncIds.Claim> job : jobs.entrySet()) {
            ImportJob.Status status = job.getKey().await(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (status.finished() && status.state() != ImportJob.State.SUCCEEDED) {
                // A job cancelled while queued may never run its task, which would have settled the claim; a
                // job that committed did run it, and its answer is being recorded there.
                job.getValue().release();
            }
        }
        running.clear();
    }
}
