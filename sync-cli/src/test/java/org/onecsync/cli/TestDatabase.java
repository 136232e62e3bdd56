package org.onecsync.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A real, empty database for one test: a SQLite file in a temporary folder, or a fresh schema in the
 * PostgreSQL server that {@code ONEC_SYNC_TEST_PG_URL} names (tests are skipped, with that reason, when the
 * variable is not set).
 */
final class TestDatabase {

    private TestDatabase() {
    }

    static ScratchDatabase sqlite(Path folder) {
        return ScratchDatabase.sqlite(folder.resolve("test.db"));
    }

    static ScratchDatabase postgres() throws SQLException {
        String base = System.getenv("ONEC_SYNC_TEST_PG_URL");
        assumeTrue(base != null && !base.isBlank(), "ONEC_SYNC_TEST_PG_URL is not set: PostgreSQL tests skipped");
        return ScratchDatabase.postgres(base,
                "onecsync_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }
}
