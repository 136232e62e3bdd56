package org.onecsync.store;

import java.time.Instant;
import java.util.Objects;

/** What {@link ApiAnswerLog#claim} found for a {@code sync_id}. */
public sealed interface ApiClaim {

    /** The caller holds the claim: it applies the push, then records the answer or releases the claim. */
    record Won() implements ApiClaim {
    }

    /**
     * Another push with this {@code sync_id} is being applied and has not answered yet.
     *
     * @param since when that push claimed it
     */
    record Pending(Instant since) implements ApiClaim {

        /**
         * @param since when that push claimed it
         */
        public Pending {
            Objects.requireNonNull(since, "since");
        }
    }

    /**
     * A push with this {@code sync_id} was answered; a retry gets the same answer.
     *
     * @param answer the stored answer
     */
    record Answered(StoredApiAnswer answer) implements ApiClaim {

        /**
         * @param answer the stored answer
         */
        public Answered {
            Objects.requireNonNull(answer, "answer");
        }
    }
}
