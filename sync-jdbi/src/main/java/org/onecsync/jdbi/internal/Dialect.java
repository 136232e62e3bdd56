package org.onecsync.jdbi.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * What differs between the two databases. Most SQL is one text for both: PostgreSQL 15 and SQLite 3.47 share
 * {@code UPDATE … FROM}, row values ({@code (a, b) IN (SELECT …)}), {@code RETURNING} and boolean literals.
 * SQLite keeps its default journal mode, so the database stays one portable file between imports.
 */
enum Dialect {

    POSTGRESQL("postgresql") {
        @Override
        void tuneImport(Statement statement) throws SQLException {
            // Durability stays as configured (no synchronous_commit off). Lookups and updates join a batch of
            // keys to tables that grow during the import: plan every execution afresh, so that a plan made
            // while a table was empty (a sequential scan) is not reused once it holds a million rows.
            statement.execute("SET LOCAL plan_cache_mode = force_custom_plan");
            statement.execute("SET LOCAL work_mem = '64MB'");
            // Products carry kilobytes of JSON each: lz4 compresses them several times faster than the
            // default pglz, for about the same size. Servers built without lz4 keep their default.
            boolean lz4;
            try (ResultSet rs = statement.executeQuery("SELECT 'lz4' = ANY(enumvals) FROM pg_settings "
                    + "WHERE name = 'default_toast_compression'")) {
                lz4 = rs.next() && rs.getBoolean(1);
            }
            if (lz4) {
                statement.execute("SET LOCAL default_toast_compression = 'lz4'");
            }
        }

        @Override
        Object time(Instant instant) {
            return instant == null ? null : Timestamp.from(instant);
        }

        @Override
        String timeText(Instant instant) {
            // ISO-8601 with an explicit offset: timestamptz input independent of the session's time zone.
            return instant == null ? null : COPY_TIME.format(instant.truncatedTo(ChronoUnit.MICROS));
        }

        @Override
        Instant time(ResultSet rs, String column) throws SQLException {
            Timestamp value = rs.getTimestamp(column);
            return value == null ? null : value.toInstant();
        }
    },

    SQLITE("sqlite") {
        @Override
        void beforeImportBegins(Connection connection) throws SQLException {
            // BEGIN IMMEDIATE: the import takes the write lock when it begins, waiting (busy timeout) for a short
            // writer such as a push's sync_id claim. A deferred transaction that reads first and writes later fails
            // at once with SQLITE_BUSY when another connection is committing meanwhile, and the import with it.
            SqliteDriver.beginImmediate(connection);
        }

        @Override
        void tuneImport(Statement statement) throws SQLException {
            // A larger page cache (64 MB; the default is 2 MB) keeps the primary key indexes of a big first
            // import in memory. Durability is untouched: journal and synchronous stay as they are.
            statement.execute("PRAGMA cache_size = -65536");
        }

        @Override
        Object time(Instant instant) {
            return timeText(instant);
        }

        @Override
        String timeText(Instant instant) {
            // Fixed width, so the text sorts like the time; micros, as PostgreSQL keeps.
            return instant == null ? null : SQLITE_TIME.format(instant.truncatedTo(ChronoUnit.MICROS));
        }

        @Override
        Instant time(ResultSet rs, String column) throws SQLException {
            String value = rs.getString(column);
            return value == null ? null : Instant.parse(value);
        }
    };

    /** Rows written by one import from which fresh statistics are worth their cost. */
    static final long MANY_ROWS = 100_000;

    private static final DateTimeFormatter SQLITE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter COPY_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS'+00'").withZone(ZoneOffset.UTC);

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** The Flyway location of this dialect's migrations. */
    String migrations() {
        return "classpath:db/migration/" + folder;
    }

    /**
     * Prepares the import's connection before its transaction begins.
     *
     * @param connection the connection, still in auto-commit
     * @throws SQLException if the driver refuses
     */
    void beforeImportBegins(Connection connection) throws SQLException {
    }

    /** Settings for the import's transaction, run right after it begins. */
    abstract void tuneImport(Statement statement) throws SQLException;

    /** The value to bind for a time column. */
    abstract Object time(Instant instant);

    /** A time as text that the time column accepts (COPY, arrays, SQLite). */
    abstract String timeText(Instant instant);

    /** Reads a time column. */
    abstract Instant time(ResultSet rs, String column) throws SQLException;
}
