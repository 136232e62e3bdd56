package org.onecsync.jdbi.internal;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Creates and upgrades the store's tables with Flyway, once per store instance. */
public final class Schema {

    /** Flyway's own table, prefixed like the rest so that it cannot meet the shop's Flyway history. */
    static final String HISTORY_TABLE = "onecsync_schema_history";

    private final Backend backend;
    private volatile boolean prepared;

    /** @param backend the store's database */
    public Schema(Backend backend) {
        this.backend = backend;
    }

    /** @see org.onecsync.store.CatalogStore#prepare */
    public void prepare() {
        if (prepared) {
            return;
        }
        synchronized (this) {
            if (prepared) {
                return;
            }
            Dialect dialect = backend.dialect();
            // Flyway would wrap an unreachable server in a paragraph of its own; opening a handle first
            // reports it like every other call does.
            backend.call("cannot prepare the store's tables", handle -> null);
            try {
                Flyway.configure(Schema.class.getClassLoader())
                        .dataSource(backend.dataSource())
                        .locations(dialect.migrations())
                        .table(HISTORY_TABLE)
                        // The store usually shares a database with the shop's own tables; baseline 0 keeps
                        // Flyway from refusing a non-empty schema while still running V1.
                        .baselineOnMigrate(true)
                        .baselineVersion("0")
                        .load()
                        .migrate();
            } catch (FlywayException e) {
                throw backend.failure("cannot prepare the store's tables", e);
            }
            prepared = true;
        }
    }
}
