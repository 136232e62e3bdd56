package org.onecsync.cli;

import java.nio.file.Path;
import java.sql.SQLException;

/** The import outcome contract on PostgreSQL; skipped, with the reason, when {@code ONEC_SYNC_TEST_PG_URL} is unset. */
class PostgresImportOutcomeTest extends ImportOutcomeContract {

    @Override
    ScratchDatabase database(Path folder) throws SQLException {
        return TestDatabase.postgres();
    }
}
