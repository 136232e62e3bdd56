package org.onecsync.jdbi.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.onecsync.store.StoreException;

/**
 * The store's tables: created and upgraded by Flyway ({@link #prepare()}, only on the import path, under the
 * import lock), and checked by everything else, which never creates or migrates anything.
 */
final class Schema {

    /** Flyway's own table, prefixed like the rest so that it cannot meet the shop's Flyway history. */
    static final String HISTORY_TABLE = "onecsync_schema_history";

    /**
     * The newest schema this library knows: V7 (the order hand-over: sale exchanges and cursors; V6 the order book,
     * V5 the shared exchange state, V4 the API answers kept by sync_id).
     */
    static final MigrationVersion LATEST = MigrationVersion.fromVersion("7");

    private final Backend backend;
    private volatile boolean prepared;
    private volatile boolean readable;

    /** @param backend the store's database */
    public Schema(Backend backend) {
        this.backend = backend;
    }

    /**
     * Creates the database (a SQLite file and its folder) when missing, and migrates it to {@link #LATEST}.
     * Refuses, before Flyway runs, a schema made by a newer onec-sync.
     *
     * @see org.onecsync.store.CatalogStore#prepare
     */
    public void prepare() {
        if (prepared) {
            return;
        }
        synchronized (this) {
            if (prepared) {
                return;
            }
            backend.createDatabase();
            Dialect dialect = backend.dialect();
            MigrationVersion found = installed();
            if (found != null && found.compareTo(LATEST) > 0) {
                throw newer(found);
            }
            if (found == null) {
                requireCreatable(dialect);
            }
            try {
                Flyway.configure(Schema.class.getClassLoader())
                        // Through SLF4J, whatever else is on the class path: never JUL or the console, so that
                        // the application decides what is shown (its lines carry the JDBC URL).
                        .loggers("slf4j")
                        .dataSource(backend.dataSource())
                        .locations(dialect.migrations())
                        .javaMigrations(new TypedRowsMigration())
                        .table(HISTORY_TABLE)
                        // The store usually shares a database with the shop's own tables; baseline 0 keeps
                        // Flyway from refusing a non-empty schema while still running V1.
                        .baselineOnMigrate(true)
                        .baselineVersion("0")
                        // Validation must fail on anything unexpected, a migration from the future included
                        // (Flyway ignores those by default): an older library must never write a newer schema.
                        .validateOnMigrate(true)
                        .ignoreMigrationPatterns(new String[0])
                        .cleanDisabled(true)
                        // The store lives in the connection's current schema and never creates one. Flyway's
                        // schema step would also retry any failure ten times, a second apart.
                        .createSchemas(false)
                        .load()
                        .migrate();
            } catch (FlywayException e) {
                throw backend.failure("cannot prepare the store's tables", e);
            }
            prepared = true;
            readable = true;
        }
    }

    /**
     * Fails at once, saying what to fix, when the store's tables cannot be created here: Flyway would retry
     * creating its history table ten times, a second apart, before it gave up with the same error.
     */
    private void requireCreatable(Dialect dialect) {
        if (dialect == Dialect.SQLITE) {
            Path file = backend.sqliteFile();
            if (file != null && !Files.isWritable(file)) {
                throw new StoreException("cannot create the store's tables: " + file + " is read-only", null);
            }
            return;
        }
        backend.call("cannot check where the store's tables go", handle -> {
            Map<String, Object> row = handle.createQuery("""
                    SELECT current_schema() AS schema, current_user AS role,
                           current_schema() IS NOT NULL AND has_schema_privilege(current_schema(), 'CREATE') AS can
                    """).mapToMap().one();
            if (row.get("schema") == null) {
                throw new StoreException("cannot create the store's tables: no schema of the search path exists "
                        + "(create it, or name an existing one with currentSchema=…)", null);
            }
            if (!Boolean.TRUE.equals(row.get("can"))) {
                throw new StoreException("cannot create the store's tables: role " + row.get("role") + " may not "
                        + "create tables in schema " + row.get("schema") + " (GRANT CREATE ON SCHEMA "
                        + row.get("schema") + " TO " + row.get("role") + ", or run the first import as its owner)",
                        null);
            }
            return null;
        });
    }

    /**
     * Checks, without creating or changing anything, that the store's tables exist and are of this library's
     * version. A successful check is remembered by this instance (for SQLite, the file's presence is checked
     * every time).
     *
     * @throws StoreException {@link StoreException.Reason#NOT_FOUND} when the database or the tables are
     *         missing, {@link StoreException.Reason#NEWER_SCHEMA} or {@link StoreException.Reason#OLDER_SCHEMA}
     *         when their version is not this library's
     */
    public void verifyReadable() {
        checkFile();
        if (readable) {
            return;
        }
        verify();
        readable = true;
    }

    /**
     * Checks that the schema is exactly this library's, every time (an import begins once).
     *
     * @throws StoreException as {@link #verifyReadable()}
     */
    public void verifyCurrent() {
        checkFile();
        verify();
        readable = true;
    }

    /**
     * Whether the store's tables may exist, judged without connecting: {@code false} only for a SQLite file
     * known to be missing.
     */
    boolean mayHoldTables() {
        Path file = backend.sqliteFile();
        return file == null || Files.exists(file);
    }

    private void checkFile() {
        Path file = backend.sqliteFile();
        if (file != null && !Files.isRegularFile(file)) {
            throw new StoreException(StoreException.Reason.NOT_FOUND,
                    "no onec-sync database at " + file + " (run an import first)", null);
        }
    }

    private void verify() {
        MigrationVersion found = installed();
        if (found == null) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, backend.sqliteFile() != null
                    ? "no onec-sync database at " + backend.sqliteFile() + " (run an import first)"
                    : "no onec-sync tables in " + backend.name() + " (run an import first)", null);
        }
        int order = found.compareTo(LATEST);
        if (order > 0) {
            throw newer(found);
        }
        if (order < 0) {
            throw new StoreException(StoreException.Reason.OLDER_SCHEMA, "the database was made by an older "
                    + "onec-sync; run an import to upgrade it", null);
        }
    }

    private StoreException newer(MigrationVersion found) {
        return new StoreException(StoreException.Reason.NEWER_SCHEMA, "the database was made by a newer onec-sync"
                + " (schema version " + found + "; this one knows up to " + LATEST + "); upgrade onec-sync", null);
    }

    /**
     * The newest version the schema history records as applied, {@code null} when there is no history
     * table in the current schema (or no successful migration in it). Reads only: looks the table up in the
     * catalog first, so that nothing fails or is created when it is missing.
     */
    private MigrationVersion installed() {
        Dialect dialect = backend.dialect();
        return backend.call("cannot read the store's schema version", handle -> {
            boolean exists = dialect == Dialect.POSTGRESQL
                    ? handle.createQuery("""
                            SELECT EXISTS (SELECT 1 FROM information_schema.tables
                                           WHERE table_schema = current_schema() AND table_name = :table)
                            """).bind("table", HISTORY_TABLE).mapTo(Boolean.class).one()
                    : handle.createQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :table")
                            .bind("table", HISTORY_TABLE).mapTo(Integer.class).one() > 0;
            if (!exists) {
                return null;
            }
            List<String> versions = handle.createQuery("SELECT version FROM " + HISTORY_TABLE
                            + " WHERE success AND version IS NOT NULL")
                    .mapTo(String.class)
                    .list();
            MigrationVersion newest = null;
            for (String version : versions) {
                MigrationVersion parsed = MigrationVersion.fromVersion(version);
                if (newest == null || parsed.compareTo(newest) > 0) {
                    newest = parsed;
                }
            }
            // A history holding only Flyway's baseline marker (version 0) has no store tables yet.
            return newest == null || newest.compareTo(MigrationVersion.fromVersion("1")) < 0 ? null : newest;
        });
    }
}
