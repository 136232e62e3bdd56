package org.onecsync.http;

import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.store.CatalogStore;

/** {@code sync_id} idempotency over a SQLite file. */
class SqliteSyncIdTest extends SyncIdContract {

    @Override
    protected CatalogStore newStore() {
        return JdbiCatalogStore.open("jdbc:sqlite:" + dir.resolve("store.db"));
    }
}
