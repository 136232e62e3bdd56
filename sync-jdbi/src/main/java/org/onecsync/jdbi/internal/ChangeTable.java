package org.onecsync.jdbi.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.onecsync.model.EntityType;
import org.onecsync.store.ChangeEvent;
import org.onecsync.store.ChangeKind;
import org.onecsync.store.ChangeListener;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.MissingPolicy;

/**
 * Classifies the staged rows against the stored ones in one join, keeping only the rows that change in a
 * narrow temporary table, {@code onecsync_change}. The plan's counts, the change events and the writes all
 * read that table, so they agree by construction, and a re-import that changes nothing leaves it empty and
 * costs no further pass.
 *
 * <p>A row is unchanged only when both its fingerprint and its activity match: a row deactivated because a
 * full package left it out keeps the fingerprint of its active content, and must count as updated (and be
 * reactivated) when 1C sends it again unchanged.
 */
final class ChangeTable {

    private static final int FETCH_SIZE = 1000;

    /** Sorts entity names in {@link EntityType} order. */
    private static final String ENTITY_ORDER = Arrays.stream(EntityType.values())
            .map(type -> "WHEN '" + type.jsonName() + "' THEN " + type.ordinal())
            .collect(Collectors.joining(" ", "CASE entity ", " END"));

    private static final String CREATE = """
            CREATE TEMP TABLE onecsync_change AS
            SELECT s.seq, s.entity, s.key,
                   CASE WHEN e.key IS NULL THEN 'CREATED'
                        WHEN e.active AND NOT s.active THEN 'DELETED'
                        ELSE 'UPDATED' END AS kind
            FROM onecsync_stage s LEFT JOIN onecsync_entity e ON e.entity = s.entity AND e.key = s.key
            WHERE s.dropped IS NULL AND (e.key IS NULL OR e.fingerprint <> s.fingerprint OR e.active <> s.active)
            """;

    private ChangeTable() {
    }

    private record KindCount(EntityType entity, ChangeKind kind, long count) {
    }

    /** What the writes need to know besides the counts. */
    record Summary(Map<EntityType, EntityCounts> counts, long created, long rewritten, long pricesRewritten) {
    }

    /**
     * Classifies and counts.
     *
     * @param staged how many rows of each entity are staged and not dropped, by {@link EntityType#ordinal()}
     */
    static Summary classify(Handle handle, Dialect dialect, long[] staged, Set<EntityType> complete,
                            MissingPolicy policy) {
        handle.execute(CREATE);
        dialect.classified(handle);
        long[][] kinds = new long[EntityType.values().length][ChangeKind.values().length];
        handle.createQuery("SELECT entity, kind, count(*) AS n FROM onecsync_change GROUP BY entity, kind")
                .map((rs, ctx) -> new KindCount(Entities.of(rs.getString("entity")),
                        ChangeKind.valueOf(rs.getString("kind")), rs.getLong("n")))
                .forEach(row -> kinds[row.entity().ordinal()][row.kind().ordinal()] = row.count());
        Map<EntityType, EntityCounts> counts = new EnumMap<>(EntityType.class);
        long created = 0;
        long rewritten = 0;
        for (EntityType type : EntityType.values()) {
            long[] k = kinds[type.ordinal()];
            long missing = complete.contains(type) ? missing(handle, type, policy) : 0;
            long changed = k[ChangeKind.CREATED.ordinal()] + k[ChangeKind.UPDATED.ordinal()]
                    + k[ChangeKind.DELETED.ordinal()];
            EntityCounts count = new EntityCounts(k[ChangeKind.CREATED.ordinal()], k[ChangeKind.UPDATED.ordinal()],
                    staged[type.ordinal()] - changed, k[ChangeKind.DELETED.ordinal()] + missing, 0);
            if (!count.isZero()) {
                counts.put(type, count);
            }
            created += k[ChangeKind.CREATED.ordinal()];
            rewritten += changed - k[ChangeKind.CREATED.ordinal()];
        }
        long[] prices = kinds[EntityType.PRICE.ordinal()];
        return new Summary(counts, created, rewritten,
                prices[ChangeKind.UPDATED.ordinal()] + prices[ChangeKind.DELETED.ordinal()]);
    }

    /**
     * Streams the events entity by entity, in {@link EntityType} order as the in-memory store does: an
     * entity's staged changes in staging order, then its missing rows in key order. The missing rows of an
     * entity are queried while the stream of staged changes is still open, so nothing is collected.
     */
    static void deliver(Handle handle, Set<EntityType> complete, MissingPolicy policy, ChangeListener listener) {
        int[] next = {0};
        handle.createQuery("SELECT entity, key, kind FROM onecsync_change ORDER BY " + ENTITY_ORDER + ", seq")
                .setFetchSize(FETCH_SIZE)
                .map((rs, ctx) -> new ChangeEvent(Entities.of(rs.getString("entity")), rs.getString("key"),
                        ChangeKind.valueOf(rs.getString("kind"))))
                .forEach(event -> {
                    next[0] = deliverMissing(handle, complete, policy, listener, next[0], event.entity().ordinal());
                    listener.onChange(event);
                });
        deliverMissing(handle, complete, policy, listener, next[0], EntityType.values().length);
    }

    /** Delivers the missing rows of the complete entities from ordinal {@code from} up to {@code to}. */
    private static int deliverMissing(Handle handle, Set<EntityType> complete, MissingPolicy policy,
                                      ChangeListener listener, int from, int to) {
        for (int ordinal = from; ordinal < to && policy != MissingPolicy.KEEP; ordinal++) {
            EntityType type = EntityType.values()[ordinal];
            if (complete.contains(type)) {
                handle.createQuery("SELECT e.key FROM onecsync_entity e WHERE " + Missing.where(policy)
                                + " ORDER BY e.key")
                        .bind("entity", type.jsonName())
                        .setFetchSize(FETCH_SIZE)
                        .map((rs, ctx) -> new ChangeEvent(type, rs.getString("key"), ChangeKind.DELETED))
                        .forEach(listener::onChange);
            }
        }
        return Math.max(from, to);
    }

    private static long missing(Handle handle, EntityType type, MissingPolicy policy) {
        if (policy == MissingPolicy.KEEP) {
            return 0;
        }
        return handle.createQuery("SELECT count(*) FROM onecsync_entity e WHERE " + Missing.where(policy))
                .bind("entity", type.jsonName())
                .mapTo(Long.class)
                .one();
    }
}
