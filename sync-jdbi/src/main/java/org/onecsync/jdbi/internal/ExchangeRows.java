package org.onecsync.jdbi.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.onecsync.store.ExchangeStateStore;

/** The exchange state's rows, read and written on the handle of one locked transaction. */
final class ExchangeRows implements ExchangeStateStore.Transaction {

    /** The most bytes of one stored part. */
    private static final int PART = 1 << 20;

    private final Handle handle;

    ExchangeRows(Handle handle) {
        this.handle = handle;
    }

    @Override
    public Optional<ExchangeStateStore.Exchange> current() {
        return handle.createQuery("SELECT id, checkauth, deactivation_success, deactivation_message "
                + "FROM onecsync_exchange ORDER BY seq DESC LIMIT 1").map((rs, ctx) -> {
                    boolean success = rs.getBoolean(3);
                    ExchangeStateStore.Outcome outcome = rs.wasNull() ? null
                            : new ExchangeStateStore.Outcome(success, rs.getString(4));
                    return new ExchangeStateStore.Exchange(rs.getString(1), rs.getLong(2), outcome);
                }).findOne();
    }

    @Override
    public void begin(ExchangeStateStore.Exchange exchange) {
        // Earlier exchanges' files and runs go (chunks with their files); their rows stay for their logs.
        handle.createUpdate("DELETE FROM onecsync_exchange_run").execute();
        handle.createUpdate("DELETE FROM onecsync_exchange_file").execute();
        handle.createUpdate("INSERT INTO onecsync_exchange (id, checkauth, created_ms) VALUES (:id, :checkauth, :at)")
                .bind("id", exchange.id()).bind("checkauth", exchange.timestamp())
                .bind("at", System.currentTimeMillis()).execute();
        update(exchange);
        handle.createUpdate("UPDATE onecsync_exchange_log SET exchange_id = :id WHERE exchange_id = ''")
                .bind("id", exchange.id()).execute();
    }

    @Override
    public void update(ExchangeStateStore.Exchange exchange) {
        ExchangeStateStore.Outcome outcome = exchange.deactivation();
        handle.createUpdate("UPDATE onecsync_exchange SET deactivation_success = :success, "
                + "deactivation_message = :message WHERE id = :id")
                .bind("success", outcome == null ? null : outcome.success())
                .bind("message", outcome == null ? null : outcome.message()).bind("id", exchange.id()).execute();
    }

    @Override
    public List<ExchangeStateStore.File> files(String exchangeId) {
        return handle.createQuery("SELECT name, seq, size, zip, state, answer, full_scope FROM onecsync_exchange_file "
                + "WHERE exchange_id = :id ORDER BY seq, name").bind("id", exchangeId).map((rs, ctx) -> {
                    boolean full = rs.getBoolean(7);
                    Boolean scanned = rs.wasNull() ? null : full;
                    return new ExchangeStateStore.File(rs.getString(1), rs.getLong(2), rs.getLong(3),
                            rs.getBoolean(4), rs.getString(5), rs.getString(6), scanned);
                }).list();
    }

    @Override
    public void putFile(String exchangeId, ExchangeStateStore.File file) {
        handle.createUpdate("INSERT INTO onecsync_exchange_file (exchange_id, name, seq, size, zip, state, answer, "
                + "full_scope) VALUES (:id, :name, :seq, :size, :zip, :state, :answer, :full) "
                + "ON CONFLICT (exchange_id, name) DO UPDATE SET seq = excluded.seq, size = excluded.size, "
                + "zip = excluded.zip, state = excluded.state, answer = excluded.answer, "
                + "full_scope = excluded.full_scope")
                .bind("id", exchangeId).bind("name", file.name()).bind("seq", file.seq()).bind("size", file.size())
                .bind("zip", file.zip()).bind("state", file.state()).bind("answer", file.answer())
                .bind("full", file.full()).execute();
    }

    @Override
    public void removeFile(String exchangeId, String name) {
        handle.createUpdate("DELETE FROM onecsync_exchange_file WHERE exchange_id = :id AND name = :name")
                .bind("id", exchangeId).bind("name", name).execute();
    }

    @Override
    public void clearBytes(String exchangeId, String name) {
        handle.createUpdate("DELETE FROM onecsync_exchange_chunk WHERE exchange_id = :id AND name = :name")
                .bind("id", exchangeId).bind("name", name).execute();
    }

    @Override
    public long appendBytes(String exchangeId, String name, InputStream in, long limit) throws IOException {
        int part = handle.createQuery("SELECT coalesce(max(part) + 1, 0) FROM onecsync_exchange_chunk "
                + "WHERE exchange_id = :id AND name = :name").bind("id", exchangeId).bind("name", name)
                .mapTo(Integer.class).one();
        byte[] buffer = new byte[PART];
        long read = 0;
        while (read <= limit) {
            int n = in.readNBytes(buffer, 0, (int) Math.min(PART, limit - read + 1));
            if (n == 0) {
                break;
            }
            read += n;
            handle.createUpdate("INSERT INTO onecsync_exchange_chunk (exchange_id, name, part, bytes) "
                    + "VALUES (:id, :name, :part, :bytes)").bind("id", exchangeId).bind("name", name)
                    .bind("part", part++).bind("bytes", JdbiExchangeState.copy(buffer, n)).execute();
        }
        return read;
    }

    @Override
    public InputStream readBytes(String exchangeId, String name) {
        return new JdbiExchangeState.PartStream(handle, exchangeId, name);
    }

    @Override
    public Optional<ExchangeStateStore.Run> run(String exchangeId) {
        return run(handle, exchangeId);
    }

    static Optional<ExchangeStateStore.Run> run(Handle handle, String exchangeId) {
        return handle.createQuery("SELECT files, deactivation, owner, progress, heartbeat_ms, session_id "
                + "FROM onecsync_exchange_run WHERE exchange_id = :id").bind("id", exchangeId)
                .map((rs, ctx) -> new ExchangeStateStore.Run(JdbiExchangeState.split(rs.getString(1)),
                        rs.getBoolean(2), rs.getString(3), rs.getString(4), Instant.ofEpochMilli(rs.getLong(5)),
                        rs.getLong(6))).findOne();
    }

    @Override
    public void putRun(String exchangeId, ExchangeStateStore.Run run) {
        removeRun(exchangeId);
        handle.createUpdate("INSERT INTO onecsync_exchange_run (exchange_id, files, deactivation, owner, progress, "
                + "heartbeat_ms, session_id) VALUES (:id, :files, :deactivation, :owner, :progress, :heartbeat, "
                + ":session)").bind("session", run.sessionId())
                .bind("id", exchangeId).bind("files", String.join("\n", run.files()))
                .bind("deactivation", run.deactivation()).bind("owner", run.owner()).bind("progress", run.progress())
                .bind("heartbeat", run.heartbeat().toEpochMilli()).execute();
    }

    @Override
    public void removeRun(String exchangeId) {
        handle.createUpdate("DELETE FROM onecsync_exchange_run WHERE exchange_id = :id").bind("id", exchangeId)
                .execute();
    }
}
