package org.onecsync.jdbi.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.onecsync.model.EntityType;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.Problem;
import org.onecsync.store.SessionLog;
import org.onecsync.store.SessionRecord;
import org.onecsync.store.SessionResult;
import org.onecsync.store.SessionStart;
import org.onecsync.store.SessionStatus;
import org.onecsync.store.StoreException;

/**
 * The import session log. Every write here commits at once on a handle of its own, never the import's, so
 * a failed import's session survives its rollback; a committed import's end is written by
 * {@link JdbiImportTransaction#commit} inside the import's transaction, with {@link #writeEnd}.
 */
final class JdbiSessionLog implements SessionLog {

    static final String ABANDONED = "interrupted: the process ended before the import finished";

    private final Backend backend;
    private final Schema schema;

    /**
     * @param backend the store's database
     * @param schema its schema, checked before reading
     */
    public JdbiSessionLog(Backend backend, Schema schema) {
        this.backend = backend;
        this.schema = schema;
    }

    @Override
    public long open(SessionStart start) {
        return backend.call("cannot record the start of the import", handle -> handle.createQuery("""
                        INSERT INTO onecsync_session (kind, source, dry_run, status, started_at, problem_count)
                        VALUES (:kind, :source, :dryRun, 'running', :startedAt, 0)
                        RETURNING id
                        """)
                .bind("kind", start.kind())
                .bind("source", start.source())
                .bind("dryRun", start.dryRun())
                .bind("startedAt", backend.dialect().time(start.startedAt()))
                .mapTo(Long.class)
                .one());
    }

    @Override
    public void close(long sessionId, SessionResult result) {
        String what = "cannot record the end of session " + sessionId;
        backend.inTransaction(what, handle -> {
            writeEnd(handle, backend.dialect(), sessionId, result);
            return null;
        });
    }

    @Override
    public int failAbandoned() {
        return backend.call("cannot mark abandoned sessions", handle -> handle.createUpdate("""
                        UPDATE onecsync_session SET status = 'failed', error = :error, finished_at = :now
                        WHERE status = 'running'
                        """)
                .bind("error", ABANDONED)
                .bind("now", backend.dialect().time(Instant.now()))
                .execute());
    }

    @Override
    public List<SessionRecord> recent(int limit) {
        return read("ORDER BY id DESC LIMIT :limit", "limit", Math.max(0, limit));
    }

    @Override
    public Optional<SessionRecord> find(long id) {
        return read("WHERE id = :id", "id", id).stream().findFirst();
    }

    /** The sessions a clause selects, each with its counts and problems. */
    private List<SessionRecord> read(String clause, String name, Object value) {
        schema.verifyReadable();
        return backend.call("cannot read the session log", handle -> {
            List<SessionRecord> heads = handle.createQuery("SELECT id, kind, source, dry_run, status, started_at,"
                            + " finished_at, problem_count, error FROM onecsync_session " + clause)
                    .bind(name, value)
                    .map((rs, ctx) -> new SessionRecord(rs.getLong("id"), rs.getString("kind"),
                            rs.getString("source"), rs.getBoolean("dry_run"),
                            SessionStatus.ofJsonName(rs.getString("status")),
                            backend.dialect().time(rs, "started_at"), backend.dialect().time(rs, "finished_at"),
                            Map.of(), List.of(), rs.getLong("problem_count"), rs.getString("error")))
                    .list();
            List<SessionRecord> sessions = new ArrayList<>(heads.size());
            for (SessionRecord head : heads) {
                sessions.add(new SessionRecord(head.id(), head.kind(), head.source(), head.dryRun(), head.status(),
                        head.startedAt(), head.finishedAt(), counts(handle, head.id()), problems(handle, head.id()),
                        head.problemCount(), head.error()));
            }
            return sessions;
        });
    }

    /**
     * The message for an import refused because another holds the lock. Works whatever state the database
     * is in (no file, no tables yet, a migration running): what cannot be read is left out.
     */
    @Override
    public String lockedMessage() {
        Optional<String> running = Optional.empty();
        if (schema.mayHoldTables()) {
            try {
                running = backend.call("cannot read the session log", handle -> handle.createQuery("""
                                SELECT id, started_at FROM onecsync_session WHERE status = 'running'
                                ORDER BY id DESC LIMIT 1
                                """)
                        .map((rs, ctx) -> "session " + rs.getLong("id") + ", started "
                                + backend.dialect().time(rs, "started_at").truncatedTo(ChronoUnit.SECONDS))
                        .findOne());
            } catch (StoreException e) {
                // The lock is what failed; a log that cannot be read (not created yet) must not hide that.
                running = Optional.empty();
            }
        }
        return "an import is already running (" + running.orElse("its session has not started yet") + ")";
    }

    /**
     * Writes a session's end: status, finish time, error, problem count, and its counts and problems (a
     * session closed twice keeps the last outcome only). Runs on the caller's handle and transaction.
     *
     * @throws StoreException when the store has no such session
     */
    static void writeEnd(Handle handle, Dialect dialect, long sessionId, SessionResult result) {
        int found = handle.createUpdate("""
                        UPDATE onecsync_session
                        SET status = :status, finished_at = :finishedAt, problem_count = :problemCount,
                            error = :error
                        WHERE id = :id
                        """)
                .bind("status", result.status().jsonName())
                .bind("finishedAt", dialect.time(result.finishedAt()))
                .bind("problemCount", result.problemCount())
                .bind("error", result.error())
                .bind("id", sessionId)
                .execute();
        if (found == 0) {
            throw new StoreException("cannot record the end of session " + sessionId
                    + ": the store has no such session", null);
        }
        handle.execute("DELETE FROM onecsync_session_count WHERE session_id = ?", sessionId);
        handle.execute("DELETE FROM onecsync_session_problem WHERE session_id = ?", sessionId);
        writeCounts(handle, sessionId, result.counts());
        writeProblems(handle, sessionId, result.problems());
    }

    private static void writeCounts(Handle handle, long sessionId, Map<EntityType, EntityCounts> counts) {
        if (counts.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO onecsync_session_count
                    (session_id, entity, created, updated, unchanged, deleted, skipped)
                VALUES (:session, :entity, :created, :updated, :unchanged, :deleted, :skipped)
                """);
        counts.forEach((type, count) -> batch.bind("session", sessionId).bind("entity", type.jsonName())
                .bind("created", count.created()).bind("updated", count.updated())
                .bind("unchanged", count.unchanged()).bind("deleted", count.deleted())
                .bind("skipped", count.skipped()).add());
        batch.execute();
    }

    private static void writeProblems(Handle handle, long sessionId, List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO onecsync_session_problem (session_id, seq, entity, key, file, line, reason)
                VALUES (:session, :seq, :entity, :key, :file, :line, :reason)
                """);
        int seq = 0;
        for (Problem problem : problems) {
            batch.bind("session", sessionId).bind("seq", ++seq)
                    .bind("entity", problem.entity() == null ? null : problem.entity().jsonName())
                    .bind("key", problem.key()).bind("file", problem.file()).bind("line", problem.line())
                    .bind("reason", problem.reason()).add();
        }
        batch.execute();
    }

    private static Map<EntityType, EntityCounts> counts(Handle handle, long sessionId) {
        Map<EntityType, EntityCounts> counts = new EnumMap<>(EntityType.class);
        handle.createQuery("""
                        SELECT entity, created, updated, unchanged, deleted, skipped
                        FROM onecsync_session_count WHERE session_id = :session
                        """)
                .bind("session", sessionId)
                .map((rs, ctx) -> Map.entry(Entities.of(rs.getString("entity")), new EntityCounts(
                        rs.getLong("created"), rs.getLong("updated"), rs.getLong("unchanged"),
                        rs.getLong("deleted"), rs.getLong("skipped"))))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    private static List<Problem> problems(Handle handle, long sessionId) {
        return handle.createQuery("""
                        SELECT entity, key, file, line, reason FROM onecsync_session_problem
                        WHERE session_id = :session ORDER BY seq
                        """)
                .bind("session", sessionId)
                .map((rs, ctx) -> new Problem(Entities.of(rs.getString("entity")), rs.getString("key"),
                        rs.getString("file"), rs.getLong("line"), rs.getString("reason")))
                .list();
    }
}
