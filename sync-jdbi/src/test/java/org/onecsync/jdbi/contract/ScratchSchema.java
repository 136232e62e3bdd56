package org.onecsync.jdbi.contract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.onecsync.jdbi.JdbiCatalogStore;

/**
 * A store in a PostgreSQL schema of its own, dropped on close; the calling test is skipped, with the reason,
 * without {@code ONEC_SYNC_TEST_PG_URL}.
 */
final class ScratchSchema implements AutoCloseable {

    private final String base;
    private final String schema;
    private final JdbiCatalogStore store;

    /**
     * @param prefix the schema name's prefix, for finding leftovers
     * @throws SQLException if the schema cannot be created
     */
    ScratchSchema(String prefix) throws SQLException {
        base = System.getenv("ONEC_SYNC_TEST_PG_URL");
        assumeTrue(base != null && !base.isBlank(), "ONEC_SYNC_TEST_PG_URL is not set: PostgreSQL tests skipped");
        schema = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        store = JdbiCatalogStore.open(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    JdbiCatalogStore store() {
        return store;
    }

    @Override
    public void close() throws SQLException {
        store.close();
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
