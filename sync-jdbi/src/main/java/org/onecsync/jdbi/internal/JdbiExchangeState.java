package org.onecsync.jdbi.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.onecsync.store.ExchangeStateStore;

/**
 * The exchange state in PostgreSQL's {@code onecsync_exchange*} tables (migration V5). Every call prepares the
 * tables first when this store has not yet: a server may answer an exchange before any import ran, and Flyway
 * serialises migrations of one database by itself.
 */
final class JdbiExchangeState implements ExchangeStateStore {

    /** Log lines kept while no exchange has begun (the {@code checkauth}s before an {@code init}). */
    private static final int WAITING_LINES = 64;

    private final Backend backend;
    private final Schema schema;

    JdbiExchangeState(Backend backend, Schema schema) {
        this.backend = backend;
        this.schema = schema;
    }

    @Override
    public <T> T locked(Work<T> work) throws Exception {
        schema.prepare();
        try (Handle handle = backend.open()) {
            handle.begin();
            boolean done = false;
            try {
                handle.createUpdate("UPDATE onecsync_exchange_lock SET turn = turn + 1 WHERE id = 1").execute();
                T result = work.run(new ExchangeRows(handle));
                handle.commit();
                done = true;
                return result;
            } catch (JdbiException e) {
                throw backend.failure("cannot keep the exchange's state", e);
            } finally {
                if (!done) {
                    rollback(handle);
                }
            }
        }
    }

    private static void rollback(Handle handle) {
        try {
            handle.rollback();
        } catch (RuntimeException e) {
            // The work's own failure is the one to report; the connection is closed right after.
        }
    }

    @Override
    public void addLogin(Login login, int keep) {
        schema.prepare();
        backend.inTransaction("cannot record the login", handle -> {
            handle.createUpdate("INSERT INTO onecsync_exchange_login (cookie_hash, sessid_hash, checkauth, created_ms)"
                    + " VALUES (:cookie, :sessid, :checkauth, :created)")
                    .bind("cookie", login.cookieHash()).bind("sessid", login.sessidHash())
                    .bind("checkauth", login.timestamp()).bind("created", login.created().toEpochMilli()).execute();
            handle.createUpdate("DELETE FROM onecsync_exchange_login WHERE cookie_hash NOT IN (SELECT cookie_hash "
                    + "FROM onecsync_exchange_login ORDER BY created_ms DESC, cookie_hash LIMIT :keep)")
                    .bind("keep", keep).execute();
            return null;
        });
    }

    @Override
    public Optional<Login> loginByCookie(String cookieHash) {
        return login("WHERE cookie_hash = :hash", cookieHash);
    }

    @Override
    public boolean sessidIssued(String sessidHash) {
        return login("WHERE sessid_hash = :hash", sessidHash).isPresent();
    }

    @Override
    public Optional<Login> latestLogin() {
        return login("", null);
    }

    private Optional<Login> login(String where, String hash) {
        schema.prepare();
        return backend.call("cannot read the logins", handle -> {
            var query = handle.createQuery("SELECT cookie_hash, sessid_hash, checkauth, created_ms "
                    + "FROM onecsync_exchange_login " + where + " ORDER BY created_ms DESC, cookie_hash LIMIT 1");
            if (hash != null) {
                query.bind("hash", hash);
            }
            return query.map((rs, ctx) -> new Login(rs.getString(1), rs.getString(2), rs.getLong(3),
                    Instant.ofEpochMilli(rs.getLong(4)))).findOne();
        });
    }

    @Override
    public Optional<Exchange> current() {
        schema.prepare();
        return backend.call("cannot read the current exchange", handle -> new ExchangeRows(handle).current());
    }

    @Override
    public Optional<Run> run(String exchangeId) {
        schema.prepare();
        return backend.call("cannot read the exchange's import", handle -> ExchangeRows.run(handle, exchangeId));
    }

    @Override
    public void progress(String exchangeId, String owner, String progress, Instant heartbeat, long sessionId) {
        schema.prepare();
        backend.call("cannot record the import's progress", handle -> handle.createUpdate(
                "UPDATE onecsync_exchange_run SET progress = :progress, heartbeat_ms = :heartbeat, "
                        + "session_id = :session WHERE exchange_id = :id AND owner = :owner")
                .bind("progress", progress).bind("heartbeat", heartbeat.toEpochMilli()).bind("session", sessionId)
                .bind("id", exchangeId).bind("owner", owner).execute());
    }

    @Override
    public void appendLog(String exchangeId, String line) {
        schema.prepare();
        backend.inTransaction("cannot write the exchange log", handle -> {
            handle.createUpdate("INSERT INTO onecsync_exchange_log (exchange_id, line) VALUES (:id, :line)")
                    .bind("id", exchangeId == null ? "" : exchangeId).bind("line", line).execute();
            if (exchangeId == null) {
                handle.createUpdate("DELETE FROM onecsync_exchange_log WHERE exchange_id = '' AND id NOT IN "
                        + "(SELECT id FROM onecsync_exchange_log WHERE exchange_id = '' ORDER BY id DESC LIMIT :keep)")
                        .bind("keep", WAITING_LINES).execute();
            }
            return null;
        });
    }

    @Override
    public boolean readLog(String exchangeId, Consumer<String> lines) {
        schema.verifyReadable();
        return backend.call("cannot read the exchange log", handle -> {
            if (handle.createQuery("SELECT count(*) FROM onecsync_exchange WHERE id = :id").bind("id", exchangeId)
                    .mapTo(Long.class).one() == 0) {
                return false;
            }
            try (var rows = handle.createQuery("SELECT line FROM onecsync_exchange_log WHERE exchange_id = :id "
                    + "ORDER BY id").bind("id", exchangeId).setFetchSize(500).mapTo(String.class).stream()) {
                rows.forEach(lines);
            }
            return true;
        });
    }

    @Override
    public InputStream readBytes(String exchangeId, String name) {
        schema.prepare();
        Handle handle = backend.open();
        return new PartStream(handle, exchangeId, name) {
            @Override
            public void close() {
                handle.close();
            }
        };
    }

    /** The bytes of one file, part after part, each read when the previous one is used up. */
    static class PartStream extends InputStream {
        private final Handle handle;
        private final String exchangeId;
        private final String name;
        private int part;
        private byte[] bytes = new byte[0];
        private int at;
        private boolean end;

        PartStream(Handle handle, String exchangeId, String name) {
            this.handle = handle;
            this.exchangeId = exchangeId;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (at == bytes.length) {
                if (end) {
                    return -1;
                }
                next();
            }
            int n = Math.min(len, bytes.length - at);
            System.arraycopy(bytes, at, into, off, n);
            at += n;
            return n;
        }

        private void next() throws IOException {
            try {
                Optional<byte[]> found = handle.createQuery("SELECT bytes FROM onecsync_exchange_chunk "
                        + "WHERE exchange_id = :id AND name = :name AND part = :part").bind("id", exchangeId)
                        .bind("name", name).bind("part", part).mapTo(byte[].class).findOne();
                part++;
                at = 0;
                bytes = found.orElse(new byte[0]);
                end = found.isEmpty();
            } catch (JdbiException e) {
                throw new IOException("cannot read the uploaded file " + name + " from the database", e);
            }
        }
    }

    static byte[] copy(byte[] buffer, int length) {
        return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
    }

    static List<String> split(String files) {
        return files.isEmpty() ? List.of() : List.of(files.split("\n"));
    }
}
