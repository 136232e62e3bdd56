package org.onecsync.jdbi.internal;

import org.jdbi.v3.core.Handle;

/** The staging table's index, and its cleanup. */
final class Staging {

    // Key first: sorting on a column with a handful of values (entity) would defeat PostgreSQL's abbreviated
    // keys and double the build time. Equality lookups on both columns work either way.
    private static final String UNIQUE_INDEX =
            "CREATE UNIQUE INDEX onecsync_stage_key ON onecsync_stage (key, entity)";

    private static final String COLLAPSE = """
            DELETE FROM onecsync_stage WHERE seq IN (
                SELECT s.seq FROM onecsync_stage s
                JOIN (SELECT key, entity, max(seq) AS last FROM onecsync_stage
                      GROUP BY key, entity HAVING count(*) > 1) d ON d.key = s.key AND d.entity = s.entity
                WHERE s.seq < d.last)
            """;

    private Staging() {
    }

    /**
     * Indexes the loaded table and keeps only the last staged row of every key. The index is unique, so
     * building it proves the common case (no duplicates) without a separate pass; only when it fails are
     * duplicates collapsed. It is built after the load: one sort beats maintaining it row by row.
     *
     * @return whether duplicates were collapsed
     */
    static boolean index(Handle handle) {
        handle.execute("SAVEPOINT onecsync_unique");
        try {
            handle.execute(UNIQUE_INDEX);
            handle.execute("RELEASE SAVEPOINT onecsync_unique");
            return false;
        } catch (RuntimeException duplicates) {
            // Any other cause of failure recurs below and is reported from there.
            handle.execute("ROLLBACK TO SAVEPOINT onecsync_unique");
            handle.execute("RELEASE SAVEPOINT onecsync_unique");
        }
        handle.execute(COLLAPSE);
        handle.execute(UNIQUE_INDEX);
        return true;
    }

    /** Drops the temporary tables before commit; a rollback drops them by itself. */
    static void drop(Handle handle) {
        handle.execute("DROP TABLE IF EXISTS onecsync_change");
        handle.execute("DROP TABLE onecsync_stage");
    }
}
