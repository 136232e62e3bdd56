package org.onecsync.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import org.onecsync.model.EntityType;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;
import org.onecsync.spi.ParserOptions;
import org.onecsync.store.EntityCounts;
import org.onecsync.sync.ImportJob;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.ImportReport;
import org.onecsync.sync.SyncEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JSON sync API and the upload endpoint behind {@link org.onecsync.http.SyncApiHandler}. */
public final class ApiProtocol implements AutoCloseable {

    /** The header a key is sent in. */
    static final String KEY_HEADER = "X-API-Key";

    private static final Logger LOG = LoggerFactory.getLogger(ApiProtocol.class);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final SyncEngine engine;
    private final ApiKey key;
    private final ApiSettings settings;
    private final Executor executor;
    private final Monitoring monitoring;
    private final Set<ImportJob> running = ConcurrentHashMap.newKeySet();

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
        Response refused = refuse(request, true);
        if (refused != null) {
            return refused;
        }
        Path spool = null;
        try {
            spool = BodySpool.spool(request.body(), settings.tempDir(), ".json", settings.bodyLimit());
            monitoring.received("api", Files.size(spool));
            JsonBodyCheck check = JsonBodyCheck.of(spool);
            if (request.header(KEY_HEADER) == null && !key.matches(check.token())) {
                return unauthorized(request);
            }
            if (check.problem() != null) {
                return ApiAnswer.error(400, check.problem()).toResponse();
            }
            ImportOptions options = ImportOptions.defaults().withProblemLimit(settings.errorLimit())
                    .withParserOptions(ParserOptions.none().withFormat("json"));
            SpooledSource source = SpooledSource.file("api", spool, "sync.json", "application/json");
            spool = null; // the source owns it now
            return run(source, options, true);
        } catch (BodyTooLargeException e) {
            return tooLarge();
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
        Response refused = refuse(request, false);
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
            return run(source, ImportOptions.defaults().withProblemLimit(settings.errorLimit()), false);
        } catch (BodyTooLargeException e) {
            return tooLarge();
        } catch (SyncException e) {
            return failure(e);
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
     * What is answered before the body is read: disabled, method, declared size, a wrong header key. Each such
     * answer closes the connection: the body the client is still sending is never read, and a connection left open
     * with it unread would be closed under the client's next request on it.
     */
    private Response refuse(Request request, boolean tokenAllowed) {
        if (key == null) {
            return unread(ApiAnswer.error(503, "the API is disabled: no API key is configured"));
        }
        if (!request.isPost()) {
            return ApiAnswer.error(405, "use POST").toResponse(Map.of("Allow", List.of("POST"),
                    "Connection", List.of("close")));
        }
        String length = request.header("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > settings.bodyLimit()) {
                    return tooLarge();
                }
            } catch (NumberFormatException e) {
                return unread(ApiAnswer.error(400, "Content-Length is not a number"));
            }
        }
        String sent = request.header(KEY_HEADER);
        if (sent != null ? !key.matches(sent) : !tokenAllowed) {
            return unread(unauthorizedAnswer(request));
        }
        return null;
    }

    /** A 401 after the body was read (a wrong {@code token} in it). */
    private Response unauthorized(Request request) {
        return unauthorizedAnswer(request).toResponse();
    }

    private ApiAnswer unauthorizedAnswer(Request request) {
        // The attempt is logged, never the key that was sent.
        LOG.warn("API request to {} from {} refused: missing or wrong key", request.path(), request.remoteAddress());
        return ApiAnswer.error(401, "missing or wrong API key (X-API-Key header"
                + (request.path().endsWith("upload") ? ")" : ", or token in the body)"));
    }

    private Response tooLarge() {
        return unread(ApiAnswer.error(413, "the body is larger than the limit of " + settings.bodyLimit() + " bytes"));
    }

    /** An answer given with (some of) the body unread: the connection closes after it. */
    private static Response unread(ApiAnswer answer) {
        return answer.toResponse(Map.of("Connection", List.of("close")));
    }

    private Response run(SpooledSource source, ImportOptions options, boolean productsOnly) {
        ImportJob job;
        try {
            job = JobLauncher.start(monitoring, productsOnly ? "api" : "upload", engine, source, options, executor);
        } catch (RuntimeException e) {
            closeQuietly(source);
            throw e;
        }
        running.add(job);
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
            running.removeIf(j -> j.status().finished());
            return ApiAnswer.accepted(status.sessionId());
        }
        running.remove(job);
        if (status.state() != ImportJob.State.SUCCEEDED) {
            SyncException failure = status.failure();
            LOG.info("{}: {}", source.description(), failure == null ? "cancelled" : failure.getMessage());
            return failure == null ? ApiAnswer.error(500, "the import was cancelled").toResponse() : failure(failure);
        }
        ApiAnswer answer = answer(status.report(), productsOnly);
        LOG.info("{}: {} (session {}, {} applied, {} errors)", source.description(), answer.status(),
                status.sessionId(), answer.processed(), status.report().problemCount());
        return answer.toResponse();
    }

    private static ApiAnswer answer(ImportReport report, boolean productsOnly) {
        long created = 0;
        long updated = 0;
        long unchanged = 0;
        for (Map.Entry<EntityType, EntityCounts> e : report.counts().entrySet()) {
            if (!productsOnly || e.getKey() == EntityType.PRODUCT) {
                created += e.getValue().created();
                updated += e.getValue().updated();
                unchanged += e.getValue().unchanged();
            }
        }
        long processed = created + updated + unchanged;
        List<ApiError> errors = new ArrayList<>(report.problems().size());
        report.problems().forEach(p -> errors.add(ApiError.of(p)));
        if (report.problemCount() == 0) {
            return new ApiAnswer(200, "success", processed, created, updated, errors);
        }
        if (processed > 0) {
            return new ApiAnswer(207, "partial", processed, created, updated, errors);
        }
        return new ApiAnswer(400, "error", processed, created, updated, errors);
    }

    /** Bad input is the sender's (400); anything else — the store, a listener, a bug — is this server's (500). */
    private static Response failure(SyncException e) {
        int status = switch (e.kind()) {
            case BAD_INPUT, CATALOG_MISSING, TOO_MANY_SKIPPED -> 400;
            default -> 500;
        };
        return ApiAnswer.error(status, e.getMessage()).toResponse();
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
        List<ImportJob> jobs = List.copyOf(running);
        jobs.forEach(ImportJob::cancel);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (ImportJob job : jobs) {
            job.await(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
        running.clear();
    }
}
