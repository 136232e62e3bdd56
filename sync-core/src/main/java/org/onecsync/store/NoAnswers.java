package org.onecsync.store;

import java.time.Instant;

/** {@link ApiAnswerLog#none()}: remembers nothing. */
enum NoAnswers implements ApiAnswerLog {
    INSTANCE;

    @Override
    public ApiClaim claim(String syncId, Instant now, Instant staleBefore) {
        return new ApiClaim.Won();
    }

    @Override
    public void record(String syncId, StoredApiAnswer answer, Instant pruneBefore) {
        // Nothing is kept: a retried push is applied again.
    }

    @Override
    public void release(String syncId) {
        // Nothing was claimed.
    }
}
