package org.onecsync.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onecsync.store.ApiAnswerLog;
import org.onecsync.store.ApiClaim;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.StoredApiAnswer;

/**
 * What every store that keeps API answers gives: one winner per {@code sync_id}, the stored answer byte for byte,
 * released and stale claims open again, old answers pruned. A store's test class extends this and supplies a
 * fresh, empty store per test.
 */
public abstract class ApiAnswerContract {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");
    private static final Instant LONG_AGO = T0.minus(Duration.ofDays(365));
    private static final String BODY = "{\"status\":\"partial\",\"processed\":1,\"created\":1,\"updated\":0,"
            + "\"errors\":[{\"index\":1,\"sku\":\"B-2\",\"field\":\"price\",\"message\":\"must be ≥ 0, не -1\"}]}";

    /** A fresh, empty store for one test; the subclass closes it. */
    protected abstract CatalogStore store();

    /** The store's log, its tables made as an import makes them (a no-op after the first call). */
    private ApiAnswerLog log() {
        store().prepare();
        return store().apiAnswers();
    }

    @Test
    void theFirstClaimWinsAndALaterOneFindsItPending() {
        assertEquals(new ApiClaim.Won(), log().claim("push-1", T0, LONG_AGO));
        assertEquals(new ApiClaim.Pending(T0), log().claim("push-1", T0.plusSeconds(3), LONG_AGO));
        assertEquals(new ApiClaim.Won(), log().claim("push-2", T0.plusSeconds(4), LONG_AGO));
    }

    @Test
    void aRecordedAnswerIsGivenToEveryLaterClaimAsItWasStored() {
        StoredApiAnswer answer = new StoredApiAnswer(207, BODY, 12, T0.plusSeconds(2));
        log().claim("2024-01-01T00:00:00#17", T0, LONG_AGO);
        log().record("2024-01-01T00:00:00#17", answer, LONG_AGO);

        assertEquals(new ApiClaim.Answered(answer), log().claim("2024-01-01T00:00:00#17", T0.plusSeconds(5),
                LONG_AGO));
        assertEquals(new ApiClaim.Answered(answer), log().claim("2024-01-01T00:00:00#17", T0.plusSeconds(6),
                T0.plusSeconds(6)));
    }

    @Test
    void anAnswerWithoutASessionKeepsMinusOne() {
        StoredApiAnswer answer = new StoredApiAnswer(400, "{}", -1, T0);
        log().claim("x", T0, LONG_AGO);
        log().record("x", answer, LONG_AGO);

        assertEquals(new ApiClaim.Answered(answer), log().claim("x", T0, LONG_AGO));
    }

    @Test
    void aReleasedClaimCanBeWonAgainButAnAnswerIsNotReleased() {
        log().claim("failed", T0, LONG_AGO);
        log().release("failed");
        assertEquals(new ApiClaim.Won(), log().claim("failed", T0.plusSeconds(1), LONG_AGO));

        StoredApiAnswer answer = new StoredApiAnswer(200, BODY, 3, T0.plusSeconds(2));
        log().claim("done", T0, LONG_AGO);
        log().record("done", answer, LONG_AGO);
        log().release("done");
        assertEquals(new ApiClaim.Answered(answer), log().claim("done", T0.plusSeconds(3), LONG_AGO));
    }

    @Test
    void aPendingClaimOlderThanTheStaleTimeIsTakenOver() {
        log().claim("abandoned", T0, LONG_AGO);

        assertEquals(new ApiClaim.Pending(T0), log().claim("abandoned", T0.plusSeconds(60), T0));
        assertEquals(new ApiClaim.Won(), log().claim("abandoned", T0.plusSeconds(3600), T0.plusSeconds(1)));
        assertEquals(new ApiClaim.Pending(T0.plusSeconds(3600)), log().claim("abandoned", T0.plusSeconds(3601),
                T0.plusSeconds(1)));
    }

    @Test
    void recordingPrunesAnswersAndClaimsOlderThanTheRetention() {
        StoredApiAnswer old = new StoredApiAnswer(200, "{\"old\":1}", 1, T0);
        StoredApiAnswer kept = new StoredApiAnswer(200, "{\"kept\":1}", 2, T0.plus(Duration.ofDays(20)));
        log().claim("old", T0, LONG_AGO);
        log().record("old", old, LONG_AGO);
        log().claim("old-pending", T0, LONG_AGO);
        log().claim("kept", T0.plus(Duration.ofDays(20)), LONG_AGO);
        log().record("kept", kept, LONG_AGO);
        Instant now = T0.plus(Duration.ofDays(31));
        log().claim("new", now, LONG_AGO);

        log().record("new", new StoredApiAnswer(200, "{}", 3, now), now.minus(Duration.ofDays(30)));

        assertEquals(new ApiClaim.Won(), log().claim("old", now, LONG_AGO));
        assertEquals(new ApiClaim.Won(), log().claim("old-pending", now, LONG_AGO));
        assertEquals(new ApiClaim.Answered(kept), log().claim("kept", now, LONG_AGO));
    }

    @Test
    void aLongSyncIdIsKeptWhole() {
        String id = "я".repeat(200);
        StoredApiAnswer answer = new StoredApiAnswer(200, BODY, 7, T0);
        log().claim(id, T0, LONG_AGO);
        log().record(id, answer, LONG_AGO);

        assertEquals(new ApiClaim.Answered(answer), log().claim(id, T0, LONG_AGO));
        assertEquals(new ApiClaim.Won(), log().claim(id.substring(1), T0, LONG_AGO));
    }

    @Test
    void ofClaimsMadeTogetherExactlyOneWins() throws Exception {
        int claimants = 4;
        ApiAnswerLog log = log();
        ExecutorService threads = Executors.newFixedThreadPool(claimants);
        try {
            CountDownLatch ready = new CountDownLatch(claimants);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ApiClaim>> claims = new ArrayList<>();
            for (int i = 0; i < claimants; i++) {
                Callable<ApiClaim> claim = () -> {
                    ready.countDown();
                    go.await();
                    return log.claim("together", T0, LONG_AGO);
                };
                claims.add(threads.submit(claim));
            }
            ready.await();
            go.countDown();
            List<ApiClaim> outcomes = new ArrayList<>();
            for (Future<ApiClaim> claim : claims) {
                outcomes.add(claim.get(30, TimeUnit.SECONDS));
            }

            assertEquals(1, outcomes.stream().filter(ApiClaim.Won.class::isInstance).count(), outcomes.toString());
            assertEquals(claimants - 1, outcomes.stream().filter(new ApiClaim.Pending(T0)::equals).count(),
                    outcomes.toString());
        } finally {
            threads.shutdownNow();
        }
    }
}
