package org.onecsync.cli;

import java.nio.file.Path;
import java.sql.SQLException;

/** 1C status documents imported on PostgreSQL; skipped without {@code ONEC_SYNC_TEST_PG_URL}. */
class PostgresStatusImportTest extends StatusImportContract {

    @Override
    ScratchDatabase database(Path folder) throws SQLException {
        return TestDatabase.postgres();
    }
}
