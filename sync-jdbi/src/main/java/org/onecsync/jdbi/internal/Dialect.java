package org.onecsync.jdbi.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.Handle;

/**
 * What differs between the two databases. Everything else is one SQL text for both: PostgreSQL 15 and SQLite
 * 3.47 share {@code UPDATE … FROM}, {@code CREATE TEMP TABLE … AS}, savepoints, {@code RETURNING} and boolean
 * literals. SQLite keeps its default journal mode, so the database stays one portable file between imports.
 */
enum Dialect {

    POSTGRESQL("postgresql") {
        @Override
        String stagingTable() {
            // "C" like onecsync_entity, so joins compare bytes and never call the locale.
            return """
                    CREATE TEMP TABLE onecsync_stage (
                        seq bigint NOT NULL, entity text COLLATE "C" NOT NULL, key text COLLATE "C" NOT NULL,
                        ref1 text COLLATE "C", ref2 text COLLATE "C", amount text, active boolean NOT NULL,
                        fingerprint bigint NOT NULL, payload text NOT NULL, file text, line bigint NOT NULL,
                        dropped smallint)
                    """;
        }

        @Override
        StagingWriter stagingWriter() {
            return new CopyStagingWriter();
        }

        @Override
        void tuneImport(Handle handle) {
            // The joins of an import hash a million keys or more; 4 MB (the default) would spill them to disk.
            // The reference checks hash every known key in memory, which at 256 MB (times the default
            // hash_mem_multiplier of 2) stays true up to about five million products and offers.
            handle.execute("SET LOCAL work_mem = '256MB'");
        }

        @Override
        void staged(Handle handle) {
            // The reference checks read the staged products, offers, price types and warehouses; this index
            // spares them scans of the whole table, prices and stock included.
            handle.execute("CREATE INDEX onecsync_stage_refs ON onecsync_stage (entity, key)"
                    + " WHERE entity IN ('products', 'offers', 'priceTypes', 'warehouses')");
            // Without statistics the planner takes the table for tiny and joins it by nested loops. A small
            // sample does: keys are unique, and the entity mix shows in a few thousand rows.
            handle.execute("SET LOCAL default_statistics_target = 10");
            handle.execute("ANALYZE onecsync_stage");
            handle.execute("SET LOCAL default_statistics_target TO DEFAULT");
        }

        @Override
        void classified(Handle handle) {
            // The writes join this table to the staged rows; their plan depends on whether it holds ten rows
            // or a million, which only statistics tell.
            handle.execute("ANALYZE onecsync_change");
        }

        @Override
        void written(Handle handle, long created) {
            // A table that just grew from nothing still has the statistics of an empty one until autovacuum
            // comes by, and the next import would plan its joins for a handful of rows.
            if (created >= MANY_ROWS) {
                handle.execute("ANALYZE onecsync_entity");
            }
        }

        @Override
        Object time(Instant instant) {
            return instant == null ? null : Timestamp.from(instant);
        }

        @Override
        Instant time(ResultSet rs, String column) throws SQLException {
            Timestamp value = rs.getTimestamp(column);
            return value == null ? null : value.toInstant();
        }
    },

    SQLITE("sqlite") {
        private static final DateTimeFormatter TEXT =
                DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

        @Override
        String stagingTable() {
            // seq as the rowid: the key index then covers (entity, key, seq) at no extra cost.
            return """
                    CREATE TEMP TABLE onecsync_stage (
                        seq INTEGER PRIMARY KEY, entity TEXT NOT NULL, key TEXT NOT NULL, ref1 TEXT, ref2 TEXT,
                        amount TEXT, active BOOLEAN NOT NULL, fingerprint INTEGER NOT NULL, payload TEXT NOT NULL,
                        file TEXT, line INTEGER NOT NULL, dropped INTEGER)
                    """;
        }

        @Override
        StagingWriter stagingWriter() {
            return new BatchStagingWriter();
        }

        @Override
        void tuneImport(Handle handle) {
            // Nothing to tune: SQLite sizes its caches per connection, not per statement.
        }

        @Override
        void staged(Handle handle) {
            // SQLite plans well from the unique index alone; ANALYZE on a temp table would cost a full scan.
        }

        @Override
        void classified(Handle handle) {
            // Nothing: SQLite joins the change table by rowid (seq), whatever its size.
        }

        @Override
        void written(Handle handle, long created) {
            // Nothing: SQLite's planner does not depend on collected statistics.
        }

        @Override
        Object time(Instant instant) {
            // Fixed width, so the text sorts like the time; micros, as PostgreSQL keeps.
            return instant == null ? null : TEXT.format(instant.truncatedTo(ChronoUnit.MICROS));
        }

        @Override
        Instant time(ResultSet rs, String column) throws SQLException {
            String value = rs.getString(column);
            return value == null ? null : Instant.parse(value);
        }
    };

    /** Rows created by one import from which fresh statistics are worth their cost. */
    static final long MANY_ROWS = 100_000;

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** The Flyway location of this dialect's migrations. */
    String migrations() {
        return "classpath:db/migration/" + folder;
    }

    /** The DDL of the import's staging table. */
    abstract String stagingTable();

    /** A writer that moves staged batches into the staging table. */
    abstract StagingWriter stagingWriter();

    /** Settings for the import's transaction, run right after it begins. */
    abstract void tuneImport(Handle handle);

    /** Runs once everything is staged and indexed, before the first query reads the staging table. */
    abstract void staged(Handle handle);

    /** Runs once {@code onecsync_change} is filled, before the queries that read it. */
    abstract void classified(Handle handle);

    /** Runs after the writes of an import that created the given number of rows. */
    abstract void written(Handle handle, long created);

    /** The value to bind for a time column. */
    abstract Object time(Instant instant);

    /** Reads a time column. */
    abstract Instant time(ResultSet rs, String column) throws SQLException;
}
