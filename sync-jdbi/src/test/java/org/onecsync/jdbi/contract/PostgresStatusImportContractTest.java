package org.onecsync.jdbi.contract;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.contract.StatusImportContract;

/** Status documents applied on PostgreSQL, in a schema of its own; skipped without {@code ONEC_SYNC_TEST_PG_URL}. */
class PostgresStatusImportContractTest extends StatusImportContract {

    private ScratchSchema schema;

    @BeforeEach
    void open() throws SQLException {
        schema = new ScratchSchema("onecsync_status_");
    }

    @AfterEach
    void close() throws SQLException {
        if (schema != null) {
            schema.close();
        }
    }

    @Override
    protected CatalogStore store() {
        return schema.store();
    }
}
