package org.onecsync.http;

import java.util.concurrent.Executor;
import org.onecsync.http.internal.ApiProtocol;
import org.onecsync.sync.SyncEngine;

/**
 * Answers the JSON sync API ({@code POST /api/1c/sync}, a JSON push as {@code docs/feeds.md} describes it) and the
 * upload endpoint ({@code POST /api/1c/upload}, a {@code multipart/form-data} part named {@code file} holding
 * CommerceML XML, CSV, JSON or a zip of them), for any web framework.
 *
 * <p>The key comes from the {@code X-API-Key} header, or for a JSON push from {@code token} at the top level of
 * the body; it is compared in constant time and never logged. Without a key configured every request gets 503:
 * the API is disabled. A body is streamed to a file under {@link ApiSettings#tempDir()}, never held in memory, and
 * one over {@link ApiSettings#bodyLimit()} gets 413 without being read to the end. Each accepted request is one
 * import job (source {@code api}, or {@code upload NAME}) in one transaction, waited for up to
 * {@link ApiSettings#importWait()}; past that the answer is 202 with the session id, and the import goes on.
 *
 * <p>Every answer is JSON: {@code {"status":"success|partial|error","processed":N,"created":N,"updated":N,
 * "errors":[{"index":i,"sku":"…","field":"…","message":"…"}]}} with 200 (success), 207 (partial), 400 (a bad
 * request, or no product applied), 401 (a missing or wrong key), 409 (a push with the same {@code sync_id} is being
 * applied), 413 (too large), 500 (the store failed) or 503 (disabled; or another import holds the import lock, with
 * {@code Retry-After: 5}); 202 answers {@code {"status":"accepted","session_id":N}}.
 *
 * <p>A JSON push with a top-level {@code sync_id} claims it in the store's {@link
 * org.onecsync.store.CatalogStore#apiAnswers() answer log} before it is applied. A retry of an answered push gets
 * the stored status and body, byte for byte, with the header {@code Idempotent-Replay: true}, and applies nothing.
 * Only the answers of imports that committed are remembered (for {@link ApiSettings#answerRetention()}); a push
 * refused or failed is released, so its retry applies it.
 *
 * <p>Thread-safe. It starts no threads: import jobs run on the executor it is lent. Close it to cancel (and roll
 * back) imports still running when the server stops.
 */
public final class SyncApiHandler implements AutoCloseable {

    private final ApiProtocol protocol;

    /**
     * @param engine applies the pushes and uploads to the store
     * @param key the key requests must carry, or {@code null} to disable the API (every request gets 503)
     * @param settings limits, the spool folder and the wait
     * @param executor runs the import jobs, one task each
     */
    public SyncApiHandler(SyncEngine engine, ApiKey key, ApiSettings settings, Executor executor) {
        this(engine, key, settings, executor, ServerMonitor.withoutMetrics());
    }

    /**
     * @param engine applies the pushes and uploads to the store
     * @param key the key requests must carry, or {@code null} to disable the API (every request gets 503)
     * @param settings limits, the spool folder and the wait
     * @param executor runs the import jobs, one task each
     * @param monitor follows the import jobs while they run and counts imports and bytes received
     */
    public SyncApiHandler(SyncEngine engine, ApiKey key, ApiSettings settings, Executor executor,
                          ServerMonitor monitor) {
        this.protocol = new ApiProtocol(engine, key, settings, executor,
                java.util.Objects.requireNonNull(monitor, "monitor").monitoring());
    }

    /**
     * Answers a JSON push ({@code POST /api/1c/sync}). Never throws for a bad request.
     *
     * @param request the request, its body not read yet
     * @return the answer
     */
    public Response sync(Request request) {
        return protocol.sync(request);
    }

    /**
     * Answers an upload ({@code POST /api/1c/upload}): the method, the size and the key are checked before
     * {@code body} is asked for its {@code file} part. Never throws for a bad request.
     *
     * @param request the request (its headers; the body is read through {@code body})
     * @param body the multipart body, parsed on demand
     * @return the answer
     */
    public Response upload(Request request, MultipartBody body) {
        return protocol.upload(request, body);
    }

    /** {@return the settings} */
    public ApiSettings settings() {
        return protocol.settings();
    }

    /** {@return whether a key is configured; when not, every request gets 503} */
    public boolean enabled() {
        return protocol.enabled();
    }

    /**
     * Answers a request for a path this handler does not serve.
     *
     * @param request the request
     * @return 404 in the answers' JSON shape
     */
    public Response notFound(Request request) {
        return protocol.notFound(request);
    }

    /**
     * Cancels imports still running, which roll back, and waits up to 30 s for them to end.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    @Override
    public void close() throws InterruptedException {
        protocol.close();
    }
}
