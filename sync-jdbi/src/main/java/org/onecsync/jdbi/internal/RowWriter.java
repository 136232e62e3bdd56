package org.onecsync.jdbi.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.onecsync.model.EntityType;
import org.onecsync.model.RecordKey;
import org.onecsync.store.WriteRow;

/**
 * The import's writes of rows: inserts are a COPY into the table (PostgreSQL) or a reused prepared batch
 * (SQLite); updates join the new values as arrays (PostgreSQL) or run a reused prepared batch (SQLite);
 * deactivations and deletes bind the batch's keys to one statement.
 */
final class RowWriter {

    private final JdbiImportTransaction transaction;
    private final Dialect dialect;
    private final Connection connection;
    private final RowAppender appender;
    private final KeySql keySql;
    private final FreshTables fresh;
    private final long sessionId;
    private final Instant now;

    RowWriter(JdbiImportTransaction transaction, Dialect dialect, Connection connection, RowAppender appender,
              KeySql keySql, FreshTables fresh, long sessionId, Instant now) {
        this.transaction = transaction;
        this.dialect = dialect;
        this.connection = connection;
        this.appender = appender;
        this.keySql = keySql;
        this.fresh = fresh;
        this.sessionId = sessionId;
        this.now = now;
    }

    void insert(EntityType type, List<WriteRow> rows) {
        Columns.Layout layout = Columns.of(type);
        if (rows.isEmpty()) {
            return;
        }
        transaction.run("cannot insert " + type.jsonName(), () -> {
            fresh.inserting(type, layout, rows);
            appender.append(layout, rows.size(), (i, sink) -> {
                WriteRow row = rows.get(i);
                layout.write(row.record(), row.active(), row.hash(), sessionId, now, sink);
            });
        });
        transaction.wrote(layout.table(), rows.size());
    }

    void update(EntityType type, List<WriteRow> rows) {
        Columns.Layout layout = Columns.of(type);
        if (rows.isEmpty()) {
            return;
        }
        transaction.run("cannot update " + type.jsonName(), () -> {
            fresh.fresh(type, layout);
            if (dialect == Dialect.POSTGRESQL) {
                updateFromArrays(layout, rows);
            } else {
                updateInBatch(layout, rows);
            }
        });
        transaction.wrote(layout.table(), rows.size());
    }

    void deactivate(EntityType type, List<? extends RecordKey> keys) {
        Columns.Layout layout = Columns.of(type);
        if (keys.isEmpty()) {
            return;
        }
        String sql = "UPDATE " + layout.table() + " AS x SET active = FALSE, session_id = ?, updated_at = ? WHERE "
                + keySql.keyIn(layout, 3);
        transaction.run("cannot deactivate " + type.jsonName(), () -> {
            fresh.fresh(type, layout);
            PreparedStatement statement = transaction.prepared(sql);
            statement.setLong(1, sessionId);
            statement.setObject(2, dialect.time(now));
            keySql.bindKeys(statement, 3, type, layout, keys);
            statement.executeUpdate();
        });
        transaction.wrote(layout.table(), keys.size());
    }

    void delete(EntityType type, List<? extends RecordKey> keys) {
        Columns.Layout layout = Columns.of(type);
        if (keys.isEmpty()) {
            return;
        }
        String sql = "DELETE FROM " + layout.table() + " AS x WHERE " + keySql.keyIn(layout, 1);
        transaction.run("cannot delete " + type.jsonName(), () -> {
            fresh.fresh(type, layout);
            PreparedStatement statement = transaction.prepared(sql);
            keySql.bindKeys(statement, 1, type, layout, keys);
            statement.executeUpdate();
        });
        transaction.wrote(layout.table(), keys.size());
    }

    /** PostgreSQL: one {@code UPDATE … FROM unnest(arrays)} for the whole batch. */
    private void updateFromArrays(Columns.Layout layout, List<WriteRow> rows) throws SQLException {
        List<Columns.Column> columns = layout.columns();
        int keys = layout.keys().size();
        StringBuilder sql = new StringBuilder("UPDATE ").append(layout.table()).append(" AS x SET ");
        for (int c = keys; c < columns.size(); c++) {
            Columns.Column column = columns.get(c);
            sql.append(c > keys ? ", " : "").append(column.name()).append(" = u.c").append(c).append(cast(column));
        }
        sql.append(" FROM unnest(");
        for (int c = 0; c < columns.size(); c++) {
            sql.append(c > 0 ? ", " : "").append("?::text[]");
        }
        sql.append(") AS u(");
        for (int c = 0; c < columns.size(); c++) {
            sql.append(c > 0 ? ", " : "").append('c').append(c);
        }
        sql.append(") WHERE ");
        for (int c = 0; c < keys; c++) {
            sql.append(c > 0 ? " AND " : "").append("x.").append(columns.get(c).name()).append(" = u.c").append(c);
        }
        Sinks.Arrays arrays = new Sinks.Arrays(columns.size(), rows.size(), dialect);
        for (int i = 0; i < rows.size(); i++) {
            WriteRow row = rows.get(i);
            layout.write(row.record(), row.active(), row.hash(), sessionId, now, arrays.row(i));
        }
        PreparedStatement statement = transaction.prepared(sql.toString());
        List<Array> bound = new ArrayList<>(columns.size());
        try {
            for (int c = 0; c < columns.size(); c++) {
                Array array = connection.createArrayOf("text", arrays.column(c));
                bound.add(array);
                statement.setArray(c + 1, array);
            }
            statement.executeUpdate();
        } finally {
            for (Array array : bound) {
                array.free();
            }
        }
    }

    private static String cast(Columns.Column column) {
        return switch (column.kind()) {
            case TEXT -> "";
            case JSON -> "::jsonb";
            case DECIMAL -> "::numeric";
            case BOOL -> "::boolean";
            case LONG -> "::bigint";
            case TIME -> "::timestamptz";
        };
    }

    /** SQLite: a prepared {@code UPDATE} whose numbered parameters follow the layout's column order. */
    private void updateInBatch(Columns.Layout layout, List<WriteRow> rows) throws SQLException {
        List<Columns.Column> columns = layout.columns();
        int keys = layout.keys().size();
        StringBuilder sql = new StringBuilder("UPDATE ").append(layout.table()).append(" SET ");
        for (int c = keys; c < columns.size(); c++) {
            sql.append(c > keys ? ", " : "").append(columns.get(c).name()).append(" = ?").append(c + 1);
        }
        sql.append(" WHERE ");
        for (int c = 0; c < keys; c++) {
            sql.append(c > 0 ? " AND " : "").append(columns.get(c).name()).append(" = ?").append(c + 1);
        }
        PreparedStatement statement = transaction.prepared(sql.toString());
        Sinks.Statement sink = new Sinks.Statement(statement, dialect);
        try {
            for (WriteRow row : rows) {
                layout.write(row.record(), row.active(), row.hash(), sessionId, now, sink.reset());
                statement.addBatch();
            }
            statement.executeBatch();
        } finally {
            statement.clearBatch();
        }
    }
}
