package org.onecsync.jdbi.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Appends batches of rows to tables on one connection: on PostgreSQL with one {@code COPY … FROM STDIN} in
 * text format per batch, on SQLite with a prepared {@code INSERT} per table, reused for every batch of the
 * connection. Either way a batch is one exchange with the database, and no row becomes a string of SQL.
 */
final class RowAppender implements AutoCloseable {

    /** Writes the values of one row, in the column order of the append. */
    @FunctionalInterface
    interface Rows {
        void write(int index, Columns.Sink sink) throws SQLException;
    }

    private final Connection connection;
    private final Dialect dialect;
    private final Map<String, PreparedStatement> inserts = new HashMap<>();

    RowAppender(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** Appends rows to a typed table, every column of its layout. */
    void append(Columns.Layout layout, int count, Rows rows) throws SQLException {
        append(layout.table(), layout.columnList(), layout.columns().size(), count, rows);
    }

    /**
     * Appends rows.
     *
     * @param table the table
     * @param columns its columns, comma-separated, in the order {@code rows} writes them
     * @param columnCount how many there are
     * @param count how many rows
     * @param rows writes row {@code i}
     */
    void append(String table, String columns, int columnCount, int count, Rows rows) throws SQLException {
        if (count == 0) {
            return;
        }
        if (dialect == Dialect.POSTGRESQL) {
            copy(table, columns, count, rows);
        } else {
            insert(table, columns, columnCount, count, rows);
        }
    }

    private void copy(String table, String columns, int count, Rows rows) throws SQLException {
        // The driver's COPY API is only reached on PostgreSQL: a SQLite application may not have that driver.
        CopyStream copy = PostgresDriver.copyIn(connection,
                "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT text)");
        try {
            CopyText out = new CopyText(copy);
            Sinks.Copy sink = new Sinks.Copy(out, dialect);
            for (int i = 0; i < count; i++) {
                rows.write(i, sink);
                sink.endRow();
            }
            out.flush();
            copy.end();
        } finally {
            copy.cancelIfActive();
        }
    }

    private void insert(String table, String columns, int columnCount, int count, Rows rows) throws SQLException {
        String sql = "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(columnCount - 1) + "?)";
        PreparedStatement statement = inserts.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            inserts.put(sql, statement);
        }
        Sinks.Statement sink = new Sinks.Statement(statement, dialect);
        try {
            for (int i = 0; i < count; i++) {
                rows.write(i, sink.reset());
                statement.addBatch();
            }
            statement.executeBatch();
        } finally {
            statement.clearBatch();
        }
    }

    /** Closes the prepared statements (not the connection). */
    @Override
    public void close() {
        for (PreparedStatement statement : inserts.values()) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // Closing the connection releases it anyway.
            }
        }
        inserts.clear();
    }
}
