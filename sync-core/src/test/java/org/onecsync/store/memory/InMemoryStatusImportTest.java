package org.onecsync.store.memory;

import org.junit.jupiter.api.BeforeEach;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.contract.StatusImportContract;

class InMemoryStatusImportTest extends StatusImportContract {

    private CatalogStore store;

    @BeforeEach
    void open() {
        store = new InMemoryCatalogStore();
    }

    @Override
    protected CatalogStore store() {
        return store;
    }
}
