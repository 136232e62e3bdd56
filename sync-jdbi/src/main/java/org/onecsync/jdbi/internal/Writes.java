package org.onecsync.jdbi.internal;

import java.time.Instant;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.onecsync.model.EntityType;
import org.onecsync.store.MissingPolicy;

/**
 * The writes of apply: a handful of set-based statements driven by {@code onecsync_change}, so unchanged
 * rows are neither written nor locked, and a statement with nothing to do is not run at all.
 */
final class Writes {

    private static final String HISTORY = """
            INSERT INTO onecsync_price_history
                (offer_key, price_type_id, old_amount, new_amount, session_id, changed_at)
            SELECT s.ref1, s.ref2, e.amount, s.amount, :session, :now
            FROM onecsync_change c
            JOIN onecsync_stage s ON s.seq = c.seq
            JOIN onecsync_entity e ON e.entity = c.entity AND e.key = c.key
            WHERE c.entity = 'prices' AND c.kind <> 'CREATED' AND e.amount <> s.amount
            ORDER BY c.seq
            """;

    private static final String REWRITE = """
            UPDATE onecsync_entity AS e
            SET ref1 = s.ref1, ref2 = s.ref2, amount = s.amount, active = s.active, fingerprint = s.fingerprint,
                payload = s.payload, session_id = :session, updated_at = :now
            FROM onecsync_change c JOIN onecsync_stage s ON s.seq = c.seq
            WHERE c.kind <> 'CREATED' AND e.entity = c.entity AND e.key = c.key
            """;

    private static final String CREATE = """
            INSERT INTO onecsync_entity
                (entity, key, ref1, ref2, amount, active, fingerprint, payload, session_id, updated_at)
            SELECT s.entity, s.key, s.ref1, s.ref2, s.amount, s.active, s.fingerprint, s.payload, :session, :now
            FROM onecsync_change c JOIN onecsync_stage s ON s.seq = c.seq
            WHERE c.kind = 'CREATED'
            """;

    private Writes() {
    }

    static void apply(Handle handle, Dialect dialect, long sessionId, ChangeTable.Summary summary,
                      Set<EntityType> complete, MissingPolicy policy) {
        Object now = dialect.time(Instant.now());
        // History first: the rewrite overwrites the old amounts it reads.
        if (summary.pricesRewritten() > 0) {
            handle.createUpdate(HISTORY).bind("session", sessionId).bind("now", now).execute();
        }
        if (policy != MissingPolicy.KEEP) {
            removeMissing(handle, sessionId, now, complete, policy);
        }
        if (summary.rewritten() > 0) {
            handle.createUpdate(REWRITE).bind("session", sessionId).bind("now", now).execute();
        }
        if (summary.created() > 0) {
            handle.createUpdate(CREATE).bind("session", sessionId).bind("now", now).execute();
        }
        dialect.written(handle, summary.created());
    }

    private static void removeMissing(Handle handle, long sessionId, Object now, Set<EntityType> complete,
                                      MissingPolicy policy) {
        String sql = policy == MissingPolicy.DELETE
                ? "DELETE FROM onecsync_entity AS e WHERE " + Missing.where(policy)
                : "UPDATE onecsync_entity AS e SET active = FALSE, session_id = :session, updated_at = :now WHERE "
                  + Missing.where(policy);
        for (EntityType type : complete) {
            var statement = handle.createUpdate(sql).bind("entity", type.jsonName());
            if (policy == MissingPolicy.DEACTIVATE) {
                statement.bind("session", sessionId).bind("now", now);
            }
            statement.execute();
        }
    }
}
