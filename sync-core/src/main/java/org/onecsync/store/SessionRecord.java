package org.onecsync.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.onecsync.model.EntityType;

/**
 * One import session as the store recorded it.
 *
 * @param id its id, increasing
 * @param kind the import kind
 * @param source what was imported
 * @param dryRun whether it was a dry run
 * @param status its status
 * @param startedAt when it started
 * @param finishedAt when it ended, or {@code null} while running
 * @param counts per entity (only non-zero ones)
 * @param problems the recorded problems
 * @param problemCount how many problems there were in all
 * @param error why it failed, or {@code null}
 */
public record SessionRecord(long id, String kind, String source, boolean dryRun, SessionStatus status,
                            Instant startedAt, Instant finishedAt, Map<EntityType, EntityCounts> counts,
                            List<Problem> problems, long problemCount, String error) {

    /**
     * Creates a recorded session, keeping copies of its counts and problems so that the record stays immutable.
     *
     * @param id its id
     * @param kind the import kind
     * @param source what was imported
     * @param dryRun whether it was a dry run
     * @param status its status
     * @param startedAt when it started
     * @param finishedAt when it ended, or {@code null} while running
     * @param counts per entity (only non-zero ones)
     * @param problems the recorded problems
     * @param problemCount how many problems there were in all
     * @param error why it failed, or {@code null}
     */
    public SessionRecord {
        counts = Map.copyOf(counts);
        problems = List.copyOf(problems);
    }
}
