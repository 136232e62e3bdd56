package org.onecsync.jdbi.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.onecsync.codec.RecordCodec;
import org.onecsync.model.EntityType;
import org.onecsync.store.Deferred;

/** Records the import parks for later, in a temporary table created on first use. */
final class DeferredRecords {

    private static final String DEFERRED = "onecsync_deferred";

    private final JdbiImportTransaction transaction;
    private final Dialect dialect;
    private final Connection connection;
    private final RowAppender appender;
    private boolean deferredTable;
    private long deferredSeq;

    DeferredRecords(JdbiImportTransaction transaction, Dialect dialect, Connection connection,
                    RowAppender appender) {
        this.transaction = transaction;
        this.dialect = dialect;
        this.connection = connection;
        this.appender = appender;
    }

    void defer(List<Deferred> records) {
        if (records.isEmpty()) {
            return;
        }
        long first = deferredSeq + 1;
        transaction.run("cannot park records", () -> {
            if (!deferredTable) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(dialect == Dialect.POSTGRESQL
                            ? "CREATE TEMP TABLE " + DEFERRED + " (seq bigint PRIMARY KEY, entity text NOT NULL,"
                              + " file text, line bigint NOT NULL, record text NOT NULL) ON COMMIT DROP"
                            : "CREATE TEMP TABLE " + DEFERRED + " (seq INTEGER PRIMARY KEY, entity TEXT NOT NULL,"
                              + " file TEXT, line INTEGER NOT NULL, record TEXT NOT NULL)");
                    statement.execute("CREATE INDEX " + DEFERRED + "_entity ON " + DEFERRED + " (entity, seq)");
                }
                deferredTable = true;
            }
            appender.append(DEFERRED, "seq, entity, file, line, record", 5, records.size(), (i, sink) -> {
                Deferred deferred = records.get(i);
                sink.int64(first + i);
                sink.text(deferred.record().type().jsonName());
                sink.text(deferred.file());
                sink.int64(deferred.line());
                sink.json(RecordCodec.json(deferred.record()));
            });
        });
        deferredSeq += records.size();
    }

    void drainDeferred(EntityType type, int batchSize, Consumer<List<Deferred>> sink) {
        if (!deferredTable) {
            return;
        }
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        // Records parked while draining (the sink may park again) wait for the next drain.
        long last = deferredSeq;
        long after = 0;
        String what = "cannot read parked " + type.jsonName();
        while (true) {
            long from = after;
            List<Deferred> batch = new ArrayList<>();
            long[] lastSeen = {from};
            transaction.run(what, () -> {
                PreparedStatement statement = transaction.prepared("SELECT seq, file, line, record FROM "
                        + DEFERRED + " WHERE entity = ? AND seq > ? AND seq <= ? ORDER BY seq LIMIT ?");
                statement.setString(1, type.jsonName());
                statement.setLong(2, from);
                statement.setLong(3, last);
                statement.setInt(4, batchSize);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        lastSeen[0] = rs.getLong("seq");
                        batch.add(new Deferred(RecordCodec.fromJson(type, rs.getString("record")),
                                rs.getString("file"), rs.getLong("line")));
                    }
                }
            });
            if (batch.isEmpty()) {
                break;
            }
            after = lastSeen[0];
            sink.accept(batch);
            if (batch.size() < batchSize) {
                break;
            }
        }
        transaction.run(what, () -> {
            PreparedStatement statement = transaction.prepared("DELETE FROM " + DEFERRED
                    + " WHERE entity = ? AND seq <= ?");
            statement.setString(1, type.jsonName());
            statement.setLong(2, last);
            statement.executeUpdate();
        });
    }

    /** Drops the table at the transaction's commit where the database keeps it past it. */
    void dropAtCommit() throws SQLException {
        if (deferredTable && dialect == Dialect.SQLITE) {
            // A temporary table outlives the transaction on SQLite (PostgreSQL drops it on commit).
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE temp." + DEFERRED);
            }
        }
    }
}
