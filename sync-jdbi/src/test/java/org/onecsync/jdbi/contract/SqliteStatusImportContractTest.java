package org.onecsync.jdbi.contract;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.contract.StatusImportContract;

/** Status documents applied on a SQLite file. */
class SqliteStatusImportContractTest extends StatusImportContract {

    @TempDir
    Path tmp;

    private JdbiCatalogStore store;

    @BeforeEach
    void open() {
        store = JdbiCatalogStore.open("jdbc:sqlite:" + tmp.resolve("orders.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Override
    protected CatalogStore store() {
        return store;
    }
}
