package org.onecsync.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A real, empty database for one test: a SQLite file in a temporary folder, or a fresh schema in the
 * PostgreSQL server that {@code ONEC_SYNC_TEST_PG_URL} names (tests are skipped, with that reason, when the
 * variable is not set).
 */
interface TestDatabase extends AutoCloseable {

    /** The JDBC URL to pass as {@code --db}. */
    String url();

    @Override
    void close() throws SQLException;

    static TestDatabase sqlite(Path folder) {
        String url = "jdbc:sqlite:" + folder.resolve("test.db");
        return new TestDatabase() {
            @Override
            public String url() {
                return url;
            }

            @Override
            public void close() {
                // The temporary folder goes with the test.
            }
        };
    }

    static TestDatabase postgres() throws SQLException {
        String base = System.getenv("ONEC_SYNC_TEST_PG_URL");
        assumeTrue(base != null && !base.isBlank(), "ONEC_SYNC_TEST_PG_URL is not set: PostgreSQL tests skipped");
        String schema = "onecsync_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDatabase() {
            @Override
            public String url() {
                return url;
            }

            @Override
            public void close() throws SQLException {
                try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        };
    }
}
