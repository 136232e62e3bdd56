package org.onecsync.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.ChangeListener;
import org.onecsync.store.ImportLock;
import org.onecsync.store.StoredRecord;

/**
 * {@code sync_id} idempotency of {@code POST /api/1c/sync} on a real Jetty: a repeated id gets the stored answer,
 * byte for byte, and applies nothing; a push that was not applied is not remembered; two pushes with one id at once
 * apply once. A subclass supplies the store.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
abstract class SyncIdContract {

    static final String PARTIAL = "{\"sync_id\": \"2026-11-30#17\", \"products\": [" + JsonSyncApiTest.GOOD
            + ", {\"sku\": \"B-2\", \"name\": \"Дрель\", \"price\": -1}]}";
    static final String PARTIAL_ANSWER = "{\"status\":\"partial\",\"processed\":1,\"created\":1,\"updated\":0,"
            + "\"errors\":[{\"index\":1,\"sku\":\"B-2\",\"field\":\"price\",\"message\":\"must be ≥ 0, not -1\"}]}";
    static final String BUSY = "{\"status\":\"error\",\"processed\":0,\"created\":0,\"updated\":0,\"errors\":["
            + "{\"index\":null,\"sku\":null,\"field\":\"sync_id\","
            + "\"message\":\"a push with this sync_id is being applied; retry later for its answer\"}]}";
    static final String LOCKED = "{\"status\":\"error\",\"processed\":0,\"created\":0,\"updated\":0,\"errors\":["
            + "{\"index\":null,\"sku\":null,\"field\":null,\"message\":\"another import is running; retry later\"}]}";

    @TempDir
    Path dir;

    /** A new, empty store for one test; the server closes it. */
    protected abstract CatalogStore newStore() throws Exception;

    private ApiServer start(UnaryOperator<ApiSettings> settings, ExecutorService jobs, ChangeListener listener)
            throws Exception {
        return ApiServer.on(newStore(), dir, settings, jobs, listener);
    }

    private ApiServer start() throws Exception {
        return start(UnaryOperator.identity(), Executors.newCachedThreadPool(), ChangeListener.NONE);
    }

    static HttpResponse<byte[]> push(ApiServer server, String json) throws Exception {
        return server.client.send(HttpRequest.newBuilder(server.uri("/api/1c/sync")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("X-API-Key", ApiServer.KEY)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static Optional<String> replay(HttpResponse<?> response) {
        return response.headers().firstValue("Idempotent-Replay");
    }

    static int sessions(ApiServer server) {
        return server.store.sessions().recent(1000).size();
    }

    static List<StoredRecord> dump(ApiServer server) {
        List<StoredRecord> rows = new ArrayList<>();
        server.store.dump(rows::add);
        return rows;
    }

    @Test
    void aRepeatedSyncIdGetsTheStoredAnswerByteForByteAndAppliesNothing() throws Exception {
        try (ApiServer server = start()) {
            HttpResponse<byte[]> first = push(server, PARTIAL);
            assertEquals(207, first.statusCode());
            assertEquals(PARTIAL_ANSWER, text(first));
            assertEquals(Optional.empty(), replay(first));
            List<StoredRecord> applied = dump(server);

            HttpResponse<byte[]> again = push(server, PARTIAL);
            // The id is the push's identity: other products under it are not applied either.
            HttpResponse<byte[]> changed = push(server, PARTIAL.replace("\"B-2\", \"name\": \"Дрель\", \"price\": -1",
                    "\"B-2\", \"name\": \"Дрель\", \"price\": 5"));

            for (HttpResponse<byte[]> retry : List.of(again, changed)) {
                assertEquals(207, retry.statusCode());
                assertArrayEquals(first.body(), retry.body());
                assertEquals(Optional.of("true"), replay(retry));
                assertEquals(first.headers().firstValue("Content-Type"), retry.headers().firstValue("Content-Type"));
            }
            assertEquals(1, sessions(server));
            assertEquals(applied, dump(server));
        }
    }

    @Test
    void aPushWhoseEveryProductWasRejectedIsRememberedToo() throws Exception {
        String body = "{\"sync_id\": \"none-good\", \"products\": [{\"name\": \"Без артикула\", \"price\": 1}]}";
        try (ApiServer server = start()) {
            HttpResponse<byte[]> first = push(server, body);
            assertEquals(400, first.statusCode());

            HttpResponse<byte[]> again = push(server, body);

            assertEquals(400, again.statusCode());
            assertArrayEquals(first.body(), again.body());
            assertEquals(Optional.of("true"), replay(again));
            assertEquals(1, sessions(server));
        }
    }

    @Test
    void aDifferentSyncIdIsApplied() throws Exception {
        try (ApiServer server = start()) {
            assertEquals(207, push(server, PARTIAL).statusCode());
            HttpResponse<byte[]> other = push(server, PARTIAL.replace("2026-11-30#17", "2026-11-30#18"));

            assertEquals(207, other.statusCode());
            assertEquals(PARTIAL_ANSWER.replace("\"processed\":1,\"created\":1", "\"processed\":1,\"created\":0"),
                    text(other));
            assertEquals(Optional.empty(), replay(other));
            assertEquals(2, sessions(server));
        }
    }

    @Test
    void aNumericSyncIdIsTheSameIdAsItsText() throws Exception {
        try (ApiServer server = start()) {
            assertEquals(207, push(server, PARTIAL.replace("\"2026-11-30#17\"", "42")).statusCode());
            HttpResponse<byte[]> again = push(server, PARTIAL.replace("\"2026-11-30#17\"", "\"42\""));

            assertEquals(Optional.of("true"), replay(again));
            assertEquals(1, sessions(server));
        }
    }

    @Test
    void withoutASyncIdEveryPushIsApplied() throws Exception {
        String body = PARTIAL.replace("\"sync_id\": \"2026-11-30#17\", ", "");
        try (ApiServer server = start()) {
            HttpResponse<byte[]> first = push(server, body);
            HttpResponse<byte[]> second = push(server, body);

            assertEquals(PARTIAL_ANSWER, text(first));
            assertEquals(PARTIAL_ANSWER.replace("\"processed\":1,\"created\":1", "\"processed\":1,\"created\":0"),
                    text(second));
            assertEquals(Optional.empty(), replay(second));
            assertEquals(2, sessions(server));
        }
    }

    @Test
    void aPushThatFailedOnTheServerIsNotRememberedAndItsRetryApplies() throws Exception {
        AtomicBoolean failNext = new AtomicBoolean(true);
        ChangeListener failsOnce = event -> {
            if (failNext.getAndSet(false)) {
                throw new IllegalStateException("the search index is down");
            }
        };
        try (ApiServer server = start(UnaryOperator.identity(), Executors.newCachedThreadPool(), failsOnce)) {
            HttpResponse<byte[]> failed = push(server, PARTIAL);
            assertEquals(500, failed.statusCode(), text(failed));
            assertEquals(List.of(), dump(server));

            HttpResponse<byte[]> retry = push(server, PARTIAL);

            assertEquals(207, retry.statusCode());
            assertEquals(PARTIAL_ANSWER, text(retry));
            assertEquals(Optional.empty(), replay(retry));
            assertEquals(2, sessions(server));
            assertEquals(Optional.of("true"), replay(push(server, PARTIAL)));
        }
    }

    @Test
    void aPushWhileAnotherImportHoldsTheLockAnswers503AndIsNotRemembered() throws Exception {
        try (ApiServer server = start()) {
            assertEquals(207, push(server, PARTIAL.replace("2026-11-30#17", "first")).statusCode());
            HttpResponse<byte[]> locked;
            HttpResponse<String> upload;
            try (ImportLock held = server.store.lock()) {
                locked = push(server, PARTIAL);
                upload = UploadApiTest.upload(server, ApiServer.KEY, "file", "feed.json", "application/json",
                        "{\"products\": [{\"sku\": \"U-1\", \"name\": \"Пила\", \"price\": 7}]}"
                                .getBytes(StandardCharsets.UTF_8));
            }
            assertEquals(503, locked.statusCode());
            assertEquals(LOCKED, text(locked));
            assertEquals(Optional.of("5"), locked.headers().firstValue("Retry-After"));
            assertEquals(503, upload.statusCode());
            assertEquals(LOCKED, upload.body());
            assertEquals(Optional.of("5"), upload.headers().firstValue("Retry-After"));
            assertEquals(1, sessions(server));

            HttpResponse<byte[]> retry = push(server, PARTIAL);

            assertEquals(207, retry.statusCode());
            assertEquals(Optional.empty(), replay(retry));
            assertEquals(2, sessions(server));
        }
    }

    @Test
    void ofTwoPushesWithOneSyncIdAtOnceTheSecondGets409AndOnlyTheFirstApplies() throws Exception {
        GatedJobs jobs = new GatedJobs();
        try (ApiServer server = start(UnaryOperator.identity(), jobs, ChangeListener.NONE)) {
            CompletableFuture<HttpResponse<byte[]>> first = CompletableFuture.supplyAsync(() -> {
                try {
                    return push(server, PARTIAL);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            jobs.awaitTask(Duration.ofSeconds(30)); // the first push has claimed the id and its job waits

            HttpResponse<byte[]> second = push(server, PARTIAL);
            jobs.open();

            assertEquals(409, second.statusCode());
            assertEquals(BUSY, text(second));
            assertEquals(207, first.get(60, TimeUnit.SECONDS).statusCode());
            assertEquals(PARTIAL_ANSWER, text(first.get()));
            assertEquals(1, sessions(server));
            HttpResponse<byte[]> third = push(server, PARTIAL);
            assertEquals(Optional.of("true"), replay(third));
            assertArrayEquals(first.get().body(), third.body());
        }
    }

    @Test
    void aPushAnswered202IsRememberedWhenItsImportEnds() throws Exception {
        GatedJobs jobs = new GatedJobs();
        try (ApiServer server = start(s -> s.withImportWait(Duration.ZERO), jobs, ChangeListener.NONE)) {
            HttpResponse<byte[]> accepted = push(server, PARTIAL);
            assertEquals(202, accepted.statusCode(), text(accepted));
            assertEquals(409, push(server, PARTIAL).statusCode());

            jobs.open();
            HttpResponse<byte[]> answered = pollUntilAnswered(server, Duration.ofSeconds(30));

            assertEquals(207, answered.statusCode());
            assertEquals(PARTIAL_ANSWER, text(answered));
            assertEquals(Optional.of("true"), replay(answered));
            assertEquals(1, sessions(server));
        }
    }

    /** Retries the push, as a client would, until it is no longer 409 or the deadline passes. */
    private static HttpResponse<byte[]> pollUntilAnswered(ApiServer server, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpResponse<byte[]> r = push(server, PARTIAL);
        while (r.statusCode() == 409 && System.nanoTime() < deadline) {
            Thread.sleep(20);
            r = push(server, PARTIAL);
        }
        return r;
    }

    @Test
    void aBodyRefusedAsAWholeIsNotRememberedSoItsCorrectionApplies() throws Exception {
        try (ApiServer server = start()) {
            HttpResponse<byte[]> refused = push(server, "{\"sync_id\": \"s-1\", \"items\": []}");
            assertEquals(400, refused.statusCode());

            HttpResponse<byte[]> corrected = push(server, "{\"sync_id\": \"s-1\", \"products\": ["
                    + JsonSyncApiTest.GOOD + "]}");

            assertEquals(200, corrected.statusCode());
            assertEquals(Optional.empty(), replay(corrected));
            assertEquals(1, sessions(server));
        }
    }

    @Test
    void aSyncIdLongerThan200CharactersOrNotAStringAnswers400NamingTheField() throws Exception {
        try (ApiServer server = start()) {
            HttpResponse<byte[]> tooLong = push(server, PARTIAL.replace("2026-11-30#17", "я".repeat(201)));
            HttpResponse<byte[]> object = push(server, PARTIAL.replace("\"2026-11-30#17\"", "{\"n\": 1}"));
            HttpResponse<byte[]> longest = push(server, PARTIAL.replace("2026-11-30#17", "я".repeat(200)));

            assertEquals(400, tooLong.statusCode());
            assertEquals("{\"status\":\"error\",\"processed\":0,\"created\":0,\"updated\":0,\"errors\":["
                    + "{\"index\":null,\"sku\":null,\"field\":\"sync_id\","
                    + "\"message\":\"is 201 characters long; at most 200 are accepted\"}]}", text(tooLong));
            assertEquals(400, object.statusCode());
            assertEquals("{\"status\":\"error\",\"processed\":0,\"created\":0,\"updated\":0,\"errors\":["
                    + "{\"index\":null,\"sku\":null,\"field\":\"sync_id\","
                    + "\"message\":\"must be a string, not an object\"}]}", text(object));
            assertEquals(207, longest.statusCode());
            assertEquals(1, sessions(server));
        }
    }

    @Test
    void aReplayNeedsTheKey() throws Exception {
        try (ApiServer server = start()) {
            assertEquals(207, push(server, PARTIAL).statusCode());

            HttpResponse<String> wrongKey = server.push(PARTIAL, "wrong");
            HttpResponse<String> wrongToken = server.push(PARTIAL.replace("{\"sync_id\"",
                    "{\"token\": \"wrong\", \"sync_id\""), null);

            assertEquals(401, wrongKey.statusCode());
            assertEquals(401, wrongToken.statusCode());
            assertEquals(Optional.empty(), replay(wrongToken));
        }
    }
}
