package org.onecsync.http.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.onecsync.http.ApiSettings;
import org.onecsync.http.Response;
import org.onecsync.store.ApiAnswerLog;
import org.onecsync.store.ApiClaim;
import org.onecsync.store.StoreException;
import org.onecsync.store.StoredApiAnswer;
import org.onecsync.sync.ImportJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code sync_id} side of JSON pushes: a push claims its id before it is applied; a retry of an answered push
 * gets the stored answer again (with {@link #REPLAY_HEADER}), one of a push still being applied gets 409; the
 * answer is remembered exactly when the push's import committed, and the claim released otherwise, so a retry of a
 * push that was not applied applies it.
 */
final class SyncIds {

    /** The header that marks a replayed answer. */
    static final String REPLAY_HEADER = "Idempotent-Replay";

    private static final Logger LOG = LoggerFactory.getLogger(SyncIds.class);

    private final ApiAnswerLog log;
    private final ApiSettings settings;
    private final Clock clock;

    SyncIds(ApiAnswerLog log, ApiSettings settings, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * What a push with this id does: apply under the claim, or answer at once.
     *
     * @param held the claim to apply the push under, or {@code null} when {@code answer} is given
     * @param answer the answer to give without applying anything, or {@code null}
     */
    record Decision(Claim held, Response answer) {
    }

    /**
     * Claims a push's {@code sync_id}; a push without one is applied under {@link #none()}.
     *
     * @throws org.onecsync.SyncException when the store fails, or its tables must be made while another import
     *     holds the lock
     */
    Decision claim(String syncId) {
        if (syncId == null) {
            return new Decision(none(), null);
        }
        Instant now = clock.instant();
        ApiClaim claim = log.claim(syncId, now, now.minus(settings.claimTimeout()));
        if (claim instanceof ApiClaim.Answered answered) {
            StoredApiAnswer stored = answered.answer();
            LOG.info("sync_id {}: answered {} again (session {}, answered {}), nothing applied", syncId,
                    stored.httpStatus(), stored.sessionId(), stored.answeredAt());
            return new Decision(null, new Response(stored.httpStatus(), ApiAnswer.CONTENT_TYPE,
                    Map.of(REPLAY_HEADER, List.of("true")), stored.body().getBytes(StandardCharsets.UTF_8)));
        }
        if (claim instanceof ApiClaim.Pending pending) {
            LOG.info("sync_id {}: refused with 409, a push with it is being applied since {}", syncId,
                    pending.since());
            return new Decision(null, ApiAnswer.error(409, new ApiError(null, null, "sync_id",
                    "a push with this sync_id is being applied; retry later for its answer")).toResponse());
        }
        return new Decision(new Claim(this, syncId), null);
    }

    /** {@return a claim for a push without a {@code sync_id}: settling it does nothing} */
    static Claim none() {
        return new Claim(null, null);
    }

    /**
     * A won claim, settled once: by the request when its import ends in time, or by the job's task as it ends,
     * whichever comes first (for an import still running after the wait, the task).
     */
    static final class Claim {

        private final SyncIds owner;
        private final String syncId;
        private boolean settled;

        private Claim(SyncIds owner, String syncId) {
            this.owner = owner;
            this.syncId = syncId;
        }

        /**
         * Remembers the answer when the import committed, else releases the claim; once, and only once the job
         * has finished. Store failures are logged: the push's own answer is given all the same.
         */
        synchronized void settle(ImportJob.Status status, Response answer) {
            // Synchronized, not only once: the request answers after the job's task has finished recording.
            if (syncId == null || !status.finished() || settled) {
                return;
            }
            settled = true;
            try {
                if (status.state() == ImportJob.State.SUCCEEDED) {
                    Instant now = owner.clock.instant();
                    owner.log.record(syncId, new StoredApiAnswer(answer.status(),
                            new String(answer.body(), StandardCharsets.UTF_8), status.sessionId(), now),
                            now.minus(owner.settings.answerRetention()));
                } else {
                    owner.log.release(syncId);
                }
            } catch (StoreException e) {
                LOG.warn("sync_id {}: cannot remember the answer: {}", syncId, e.getMessage());
            }
        }

        /** Gives the claim up: the push was not applied. */
        synchronized void release() {
            if (syncId == null || settled) {
                return;
            }
            settled = true;
            try {
                owner.log.release(syncId);
            } catch (StoreException e) {
                LOG.warn("sync_id {}: cannot release the claim: {}", syncId, e.getMessage());
            }
        }
    }
}
