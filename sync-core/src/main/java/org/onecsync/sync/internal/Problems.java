package org.onecsync.sync.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.onecsync.model.EntityType;
import org.onecsync.store.Problem;

/** The problems of one import: all counted per entity, only the first few kept, so memory stays bounded. */
final class Problems {

    private final int limit;
    private final List<Problem> kept = new ArrayList<>();
    private final EnumMap<EntityType, Long> skipped = new EnumMap<>(EntityType.class);
    private long total;

    /**
     * @param limit how many to keep
     */
    Problems(int limit) {
        this.limit = limit;
    }

    /**
     * @param problem a skipped record
     */
    void add(Problem problem) {
        total++;
        skipped.merge(problem.entity(), 1L, Long::sum);
        if (kept.size() < limit) {
            kept.add(problem);
        }
    }

    /** The kept problems, in the order they were found. */
    List<Problem> kept() {
        return List.copyOf(kept);
    }

    /** How many in all. */
    long total() {
        return total;
    }

    /** Skipped records per entity. */
    Map<EntityType, Long> skipped() {
        return skipped;
    }
}
