package org.onecsync.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An answer given to a JSON push, kept for its {@code sync_id}.
 *
 * @param httpStatus the HTTP status answered
 * @param body the answer's body, JSON text
 * @param sessionId the import session of the push, or {@code -1} when none was opened
 * @param answeredAt when it was answered
 */
public record StoredApiAnswer(int httpStatus, String body, long sessionId, Instant answeredAt) {

    /**
     * Checks the components.
     *
     * @param httpStatus the HTTP status, 100..599
     * @param body the body
     * @param sessionId the session, or {@code -1}
     * @param answeredAt the time
     * @throws IllegalArgumentException if the status is not an HTTP status
     */
    public StoredApiAnswer {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(answeredAt, "answeredAt");
        if (httpStatus < 100 || httpStatus > 599) {
            throw new IllegalArgumentException("httpStatus must be 100..599, not " + httpStatus);
        }
    }
}
