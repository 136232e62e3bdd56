package org.onecsync.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.store.CatalogStore;

/** {@code sync_id} idempotency over PostgreSQL, in a schema of its own; skipped without {@code ONEC_SYNC_TEST_PG_URL}. */
class PostgresSyncIdTest extends SyncIdContract {

    private ScratchPostgres schema;

    @BeforeEach
    void createSchema() throws Exception {
        schema = new ScratchPostgres();
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (schema != null) {
            schema.close();
        }
    }

    @Override
    protected CatalogStore newStore() {
        return JdbiCatalogStore.open(schema.url());
    }
}
