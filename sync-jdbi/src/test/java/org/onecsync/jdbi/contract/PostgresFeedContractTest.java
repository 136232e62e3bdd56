package org.onecsync.jdbi.contract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.contract.FeedContract;

/** The feed rules on PostgreSQL, in a schema of its own; skipped without {@code ONEC_SYNC_TEST_PG_URL}. */
class PostgresFeedContractTest extends FeedContract {

    private String base;
    private String schema;
    private JdbiCatalogStore store;

    @BeforeEach
    void open() throws SQLException {
        base = System.getenv("ONEC_SYNC_TEST_PG_URL");
        assumeTrue(base != null && !base.isBlank(), "ONEC_SYNC_TEST_PG_URL is not set: PostgreSQL tests skipped");
        schema = "onecsync_feed_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        store = JdbiCatalogStore.open(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    @AfterEach
    void close() throws SQLException {
        if (store == null) {
            return;
        }
        store.close();
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Override
    protected CatalogStore store() {
        return store;
    }
}
