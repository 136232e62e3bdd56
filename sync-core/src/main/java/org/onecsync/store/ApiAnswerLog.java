package org.onecsync.store;

import java.time.Instant;

/**
 * The answers given to JSON pushes that carried a {@code sync_id}, so that a retried push is answered again, byte
 * for byte, without being applied twice. A push first {@linkplain #claim claims} its {@code sync_id} (a unique key:
 * of two pushes claiming one id at once, exactly one wins), is applied, and then either
 * {@linkplain #record records} its answer or {@linkplain #release releases} the claim so that a retry may apply it.
 *
 * <p>Writes commit at once, on a connection of their own (never an import's transaction). Safe to use from any
 * thread. A store that keeps answers may create or upgrade its tables on the first {@link #claim}, as an import does
 * and under the import lock: a claim never runs into tables an older library made.
 */
public interface ApiAnswerLog {

    /**
     * A log that remembers nothing: every claim is won and nothing is recorded, so every push is applied, whatever
     * its {@code sync_id}. The default of {@link CatalogStore#apiAnswers()} for stores that keep no answers.
     *
     * @return the log
     */
    static ApiAnswerLog none() {
        return NoAnswers.INSTANCE;
    }

    /**
     * Claims a {@code sync_id} for a push about to be applied.
     *
     * @param syncId the push's {@code sync_id}
     * @param now the time recorded on the claim
     * @param staleBefore a pending claim made before this time is taken to be abandoned (its server stopped before
     *     it answered) and is taken over
     * @return {@link ApiClaim.Won} when the caller may apply the push; {@link ApiClaim.Answered} with the stored answer
     *     when a push with this id was answered; {@link ApiClaim.Pending} when another push with it is being applied
     * @throws ImportLockedException when the store's tables must first be created or upgraded and another import
     *     holds the import lock
     */
    ApiClaim claim(String syncId, Instant now, Instant staleBefore);

    /**
     * Records the answer to a claimed push, and drops the answers and claims older than {@code pruneBefore}.
     *
     * @param syncId the push's {@code sync_id}
     * @param answer what was answered
     * @param pruneBefore answers given (claims made, when unanswered) before this time are deleted
     */
    void record(String syncId, StoredApiAnswer answer, Instant pruneBefore);

    /**
     * Gives up a claim without an answer: the push was not applied (a server failure, another import holding the
     * lock), so a retry must be able to apply it. An answered {@code sync_id} stays answered.
     *
     * @param syncId the push's {@code sync_id}
     */
    void release(String syncId);
}
