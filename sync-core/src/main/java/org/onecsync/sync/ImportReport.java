package org.onecsync.sync;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.onecsync.model.EntityType;
import org.onecsync.parse.FileOutcome;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.Problem;
import org.onecsync.store.SessionStatus;

/**
 * What an import did (or, for a dry run, would do).
 *
 * @param sessionId its session
 * @param kind what was applied
 * @param dryRun whether it was a dry run (nothing written)
 * @param status {@link SessionStatus#SUCCEEDED}, or {@link SessionStatus#PARTIAL} when records were skipped
 * @param duration how long it took
 * @param counts per entity of the kind, in {@link EntityType} order, zeros included; and
 *        {@link EntityType#ORDER} when 1C's order status documents were applied (applied ones as updated)
 * @param problems the first problems, up to the options' limit
 * @param problemCount how many problems there were in all
 * @param skippedFiles the source's files that were not read, each with the reason (not an exchange file, …)
 * @param ignored per entity, records that were read but that this import does not apply: outside its
 *        {@link ImportKind}, or orders when no order sink applies them (see {@link ImportOptions#orderSink()})
 */
public record ImportReport(long sessionId, ImportKind kind, boolean dryRun, SessionStatus status,
                           Duration duration, Map<EntityType, EntityCounts> counts, List<Problem> problems,
                           long problemCount, List<FileOutcome> skippedFiles, Map<EntityType, Long> ignored) {

    /**
     * Creates a report, keeping copies of its lists and maps so that the record stays immutable.
     *
     * @param sessionId its session
     * @param kind what was applied
     * @param dryRun whether it was a dry run
     * @param status {@link SessionStatus#SUCCEEDED} or {@link SessionStatus#PARTIAL}
     * @param duration how long it took
     * @param counts per entity of the kind
     * @param problems the first problems, up to the options' limit
     * @param problemCount how many problems there were in all
     * @param skippedFiles the source's files that were not read, each with the reason
     * @param ignored per entity, records that were read but that this import does not apply
     */
    public ImportReport {
        // EnumMap's copy constructor refuses an empty map of another kind.
        EnumMap<EntityType, EntityCounts> copy = new EnumMap<>(EntityType.class);
        copy.putAll(counts);
        counts = Collections.unmodifiableMap(copy);
        problems = List.copyOf(problems);
        skippedFiles = List.copyOf(skippedFiles);
        EnumMap<EntityType, Long> ignoredCopy = new EnumMap<>(EntityType.class);
        ignoredCopy.putAll(ignored);
        ignored = Collections.unmodifiableMap(ignoredCopy);
    }

    /**
     * @param type an entity
     * @return its counts, zeros when the import had none
     */
    public EntityCounts counts(EntityType type) {
        return counts.getOrDefault(type, EntityCounts.ZERO);
    }
}
