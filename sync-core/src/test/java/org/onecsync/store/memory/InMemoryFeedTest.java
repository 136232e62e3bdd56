package org.onecsync.store.memory;

import org.onecsync.store.CatalogStore;
import org.onecsync.store.contract.FeedContract;

/** The feed rules on the in-memory store. */
class InMemoryFeedTest extends FeedContract {

    private final InMemoryCatalogStore store = new InMemoryCatalogStore();

    @Override
    protected CatalogStore store() {
        return store;
    }
}
