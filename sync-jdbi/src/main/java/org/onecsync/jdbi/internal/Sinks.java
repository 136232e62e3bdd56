package org.onecsync.jdbi.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** The ways a row's values reach the database: a COPY stream, a prepared statement, or column arrays. */
final class Sinks {

    private Sinks() {
    }

    /** Formats times, remembering the last one: an import writes the same time on every row. */
    static final class Times {
        private final Dialect dialect;
        private Instant last;
        private String text;

        Times(Dialect dialect) {
            this.dialect = dialect;
        }

        String text(Instant time) {
            if (time == null) {
                return null;
            }
            if (!time.equals(last)) {
                text = dialect.timeText(time);
                last = time;
            }
            return text;
        }
    }

    /** Writes rows in COPY's text format (PostgreSQL). Call {@link #endRow()} after each row. */
    static final class Copy implements Columns.Sink {
        private final CopyText out;
        private final Times times;
        private boolean first = true;

        Copy(CopyText out, Dialect dialect) {
            this.out = out;
            this.times = new Times(dialect);
        }

        @Override
        public void text(String value) throws SQLException {
            next();
            out.text(value);
        }

        @Override
        public void json(String value) throws SQLException {
            next();
            out.text(value);
        }

        @Override
        public void decimal(BigDecimal value) throws SQLException {
            next();
            out.text(value == null ? null : value.toPlainString());
        }

        @Override
        public void bool(Boolean value) throws SQLException {
            next();
            if (value == null) {
                out.text(null);
            } else {
                out.bool(value);
            }
        }

        @Override
        public void int64(long value) throws SQLException {
            next();
            out.number(value);
        }

        @Override
        public void time(Instant value) throws SQLException {
            next();
            out.text(times.text(value));
        }

        void endRow() throws SQLException {
            out.endRow();
            first = true;
        }

        private void next() throws SQLException {
            if (!first) {
                out.tab();
            }
            first = false;
        }
    }

    /**
     * Binds a row's values to a prepared statement's parameters 1, 2, … (SQLite: booleans as 0/1, decimals and
     * times as text). Call {@link #reset()} before each row.
     */
    static final class Statement implements Columns.Sink {
        private final PreparedStatement statement;
        private final Times times;
        private int index;

        Statement(PreparedStatement statement, Dialect dialect) {
            this.statement = statement;
            this.times = new Times(dialect);
        }

        Statement reset() {
            index = 0;
            return this;
        }

        @Override
        public void text(String value) throws SQLException {
            statement.setString(++index, value);
        }

        @Override
        public void json(String value) throws SQLException {
            statement.setString(++index, value);
        }

        @Override
        public void decimal(BigDecimal value) throws SQLException {
            statement.setString(++index, value == null ? null : value.toPlainString());
        }

        @Override
        public void bool(Boolean value) throws SQLException {
            if (value == null) {
                statement.setNull(++index, Types.INTEGER);
            } else {
                statement.setInt(++index, value ? 1 : 0);
            }
        }

        @Override
        public void int64(long value) throws SQLException {
            statement.setLong(++index, value);
        }

        @Override
        public void time(Instant value) throws SQLException {
            statement.setString(++index, times.text(value));
        }
    }

    /**
     * Collects rows as one text array per column, in PostgreSQL's input syntax of each column's type, for an
     * {@code unnest} of arrays. Call {@link #row(int)} before each row.
     */
    static final class Arrays implements Columns.Sink {
        private final String[][] columns;
        private final Times times;
        private int row;
        private int column;

        Arrays(int columns, int rows, Dialect dialect) {
            this.columns = new String[columns][rows];
            this.times = new Times(dialect);
        }

        Arrays row(int index) {
            row = index;
            column = 0;
            return this;
        }

        /** The values of one column, one per row. */
        String[] column(int index) {
            return columns[index];
        }

        @Override
        public void text(String value) {
            columns[column++][row] = value;
        }

        @Override
        public void json(String value) {
            columns[column++][row] = value;
        }

        @Override
        public void decimal(BigDecimal value) {
            columns[column++][row] = value == null ? null : value.toPlainString();
        }

        @Override
        public void bool(Boolean value) {
            columns[column++][row] = value == null ? null : value ? "t" : "f";
        }

        @Override
        public void int64(long value) {
            columns[column++][row] = Long.toString(value);
        }

        @Override
        public void time(Instant value) {
            columns[column++][row] = times.text(value);
        }
    }
}
