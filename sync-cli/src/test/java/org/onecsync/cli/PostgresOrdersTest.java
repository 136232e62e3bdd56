package org.onecsync.cli;

import java.nio.file.Path;
import java.sql.SQLException;

/** {@code orders add} and {@code orders} on PostgreSQL; skipped without {@code ONEC_SYNC_TEST_PG_URL}. */
class PostgresOrdersTest extends OrdersContract {

    @Override
    ScratchDatabase database(Path folder) throws SQLException {
        return TestDatabase.postgres();
    }
}
