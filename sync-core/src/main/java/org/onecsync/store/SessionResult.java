package org.onecsync.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.onecsync.model.EntityType;

/**
 * How an import session ended.
 *
 * @param status succeeded, partial or failed
 * @param finishedAt when it ended
 * @param counts per entity, only those with a non-zero count
 * @param problems the first problems (capped by the engine)
 * @param problemCount how many problems there were in all
 * @param error why it failed, or {@code null}
 */
public record SessionResult(SessionStatus status, Instant finishedAt, Map<EntityType, EntityCounts> counts,
                            List<Problem> problems, long problemCount, String error) {

    /**
     * Creates a session's outcome, keeping copies of its counts and problems so that the record stays immutable.
     *
     * @param status succeeded, partial or failed
     * @param finishedAt when it ended
     * @param counts per entity, only those with a non-zero count
     * @param problems the first problems
     * @param problemCount how many problems there were in all
     * @param error why it failed, or {@code null}
     */
    public SessionResult {
        counts = Map.copyOf(counts);
        problems = List.copyOf(problems);
    }
}
