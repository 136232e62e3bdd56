package org.onecsync.cli;

import java.nio.file.Path;
import java.sql.SQLException;

/** {@code show}, {@code changes} and the views on PostgreSQL; skipped without {@code ONEC_SYNC_TEST_PG_URL}. */
class PostgresCatalogTest extends CatalogContract {

    @Override
    ScratchDatabase database(Path folder) throws SQLException {
        return TestDatabase.postgres();
    }
}
