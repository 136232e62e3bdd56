package org.onecsync.sync.internal;

import java.util.EnumMap;
import java.util.Map;
import org.onecsync.model.EntityType;
import org.onecsync.store.EntityCounts;

/** The running counts of one import, per entity. */
final class Counts {

    private static final int CREATED = 0;
    private static final int UPDATED = 1;
    private static final int UNCHANGED = 2;
    private static final int DELETED = 3;

    private final long[][] counts = new long[EntityType.values().length][4];

    void add(EntityType type, Outcome outcome) {
        counts[type.ordinal()][index(outcome)]++;
    }

    void remove(EntityType type, Outcome outcome) {
        counts[type.ordinal()][index(outcome)]--;
    }

    void deleted(EntityType type, long n) {
        counts[type.ordinal()][DELETED] += n;
    }

    /** The counts of every entity that has any; skipped left at 0. */
    Map<EntityType, EntityCounts> snapshot() {
        Map<EntityType, EntityCounts> result = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            long[] c = counts[type.ordinal()];
            EntityCounts value = new EntityCounts(c[CREATED], c[UPDATED], c[UNCHANGED], c[DELETED], 0);
            if (!value.isZero()) {
                result.put(type, value);
            }
        }
        return result;
    }

    private static int index(Outcome outcome) {
        return switch (outcome) {
            case CREATED -> CREATED;
            case UPDATED -> UPDATED;
            case UNCHANGED -> UNCHANGED;
            case DEACTIVATED -> DELETED;
        };
    }
}
