package org.onecsync.jdbi.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.onecsync.store.ApiAnswerLog;
import org.onecsync.store.ApiClaim;
import org.onecsync.store.ImportLock;
import org.onecsync.store.StoreException;
import org.onecsync.store.StoredApiAnswer;

/**
 * The API answers in {@code onecsync_api_answer}: the primary key on {@code sync_id} makes one claim win, and every
 * write commits at once on a handle of its own. A claim on a database without the table (a new one, or one an older
 * library made) first creates or upgrades the store's tables as an import does, under the import lock.
 */
final class JdbiApiAnswerLog implements ApiAnswerLog {

    /** Enough for a claim released or taken over between its statements to be decided on a later round. */
    private static final int CLAIM_ROUNDS = 5;

    private final Backend backend;
    private final TablesOnDemand tables;

    /**
     * @param backend the store's database
     * @param schema its schema, created or upgraded before the first claim when needed
     * @param lock takes the import lock, which guards a migration
     */
    JdbiApiAnswerLog(Backend backend, Schema schema, Supplier<ImportLock> lock) {
        this.backend = backend;
        this.tables = new TablesOnDemand(schema, lock);
    }

    @Override
    public ApiClaim claim(String syncId, Instant now, Instant staleBefore) {
        tables.ensure();
        Dialect dialect = backend.dialect();
        return backend.call("cannot claim sync_id " + syncId, handle -> {
            for (int round = 0; round < CLAIM_ROUNDS; round++) {
                int inserted = handle.createUpdate("""
                                INSERT INTO onecsync_api_answer (sync_id, state, claimed_at)
                                VALUES (:id, 'pending', :now)
                                ON CONFLICT (sync_id) DO NOTHING
                                """)
                        .bind("id", syncId).bind("now", dialect.time(now)).execute();
                if (inserted == 1) {
                    return new ApiClaim.Won();
                }
                Optional<Found> found = find(handle, dialect, syncId);
                if (found.isEmpty()) {
                    continue; // released since the insert: claim it again
                }
                if (found.get().answer() != null) {
                    return new ApiClaim.Answered(found.get().answer());
                }
                if (!found.get().claimedAt().isBefore(staleBefore)) {
                    return new ApiClaim.Pending(found.get().claimedAt());
                }
                // Only one taker of an abandoned claim matches: the first moves claimed_at past staleBefore.
                int taken = handle.createUpdate("""
                                UPDATE onecsync_api_answer SET claimed_at = :now
                                WHERE sync_id = :id AND state = 'pending' AND claimed_at < :staleBefore
                                """)
                        .bind("id", syncId).bind("now", dialect.time(now))
                        .bind("staleBefore", dialect.time(staleBefore)).execute();
                if (taken == 1) {
                    return new ApiClaim.Won();
                }
            }
            throw new StoreException("cannot claim sync_id " + syncId + ": other pushes with it kept changing it",
                    null);
        });
    }

    @Override
    public void record(String syncId, StoredApiAnswer answer, Instant pruneBefore) {
        Dialect dialect = backend.dialect();
        backend.inTransaction("cannot record the answer for sync_id " + syncId, handle -> {
            handle.createUpdate("""
                            INSERT INTO onecsync_api_answer
                                (sync_id, state, claimed_at, http_status, body, session_id, answered_at)
                            VALUES (:id, 'answered', :at, :status, :body, :session, :at)
                            ON CONFLICT (sync_id) DO UPDATE SET state = 'answered',
                                http_status = excluded.http_status, body = excluded.body,
                                session_id = excluded.session_id, answered_at = excluded.answered_at
                            """)
                    .bind("id", syncId).bind("at", dialect.time(answer.answeredAt()))
                    .bind("status", answer.httpStatus()).bind("body", answer.body())
                    .bind("session", answer.sessionId() < 0 ? null : answer.sessionId())
                    .execute();
            handle.createUpdate("DELETE FROM onecsync_api_answer WHERE COALESCE(answered_at, claimed_at) < :before")
                    .bind("before", dialect.time(pruneBefore)).execute();
            return null;
        });
    }

    @Override
    public void release(String syncId) {
        backend.call("cannot release sync_id " + syncId, handle -> handle.createUpdate(
                        "DELETE FROM onecsync_api_answer WHERE sync_id = :id AND state = 'pending'")
                .bind("id", syncId).execute());
    }

    private static Optional<Found> find(Handle handle, Dialect dialect, String syncId) {
        return handle.createQuery("""
                        SELECT state, claimed_at, http_status, body, session_id, answered_at
                        FROM onecsync_api_answer WHERE sync_id = :id
                        """)
                .bind("id", syncId)
                .map((rs, ctx) -> {
                    StoredApiAnswer answer = null;
                    if ("answered".equals(rs.getString("state"))) {
                        long session = rs.getLong("session_id");
                        if (rs.wasNull()) {
                            session = -1;
                        }
                        answer = new StoredApiAnswer(rs.getInt("http_status"), rs.getString("body"), session,
                                dialect.time(rs, "answered_at"));
                    }
                    return new Found(dialect.time(rs, "claimed_at"), answer);
                })
                .findOne();
    }

    /** A row: when it was claimed, and its answer once recorded. */
    private record Found(Instant claimedAt, StoredApiAnswer answer) {
    }
}
