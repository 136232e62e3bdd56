package org.onecsync.jdbi.internal;

import java.math.BigDecimal;
import java.util.function.Consumer;
import org.onecsync.store.PriceChange;
import org.onecsync.store.StoredRecord;

/**
 * The store's read-only queries. The long ones stream inside a transaction with a fetch size, because the
 * PostgreSQL driver only uses a cursor then; otherwise it would load every row before handing out the first.
 */
public final class StoreReads {

    private static final int FETCH_SIZE = 1000;

    private final Backend backend;

    /** @param backend the store's database */
    public StoreReads(Backend backend) {
        this.backend = backend;
    }

    /** @see org.onecsync.store.CatalogStore#hasCatalog */
    public boolean hasCatalog() {
        return backend.call("cannot read the store", handle -> handle.createQuery(
                        "SELECT 1 FROM onecsync_entity WHERE entity = 'products' LIMIT 1")
                .mapTo(Integer.class)
                .findOne()
                .isPresent());
    }

    /**
     * @see org.onecsync.store.CatalogStore#dump
     */
    public void dump(Consumer<StoredRecord> sink) {
        // Keys are byte-ordered by their column collation ("C" on PostgreSQL, BINARY on SQLite), so the
        // primary key index already yields the order and no sort runs.
        backend.inTransaction("cannot read the store", handle -> {
            handle.createQuery("SELECT entity, key, active, payload FROM onecsync_entity ORDER BY entity, key")
                    .setFetchSize(FETCH_SIZE)
                    .map((rs, ctx) -> new StoredRecord(Entities.of(rs.getString("entity")), rs.getString("key"),
                            rs.getBoolean("active"), rs.getString("payload")))
                    .forEach(sink);
            return null;
        });
    }

    /** @see org.onecsync.store.CatalogStore#priceHistory */
    public void priceHistory(Consumer<PriceChange> sink) {
        backend.inTransaction("cannot read the price history", handle -> {
            handle.createQuery("""
                            SELECT offer_key, price_type_id, old_amount, new_amount, session_id, changed_at
                            FROM onecsync_price_history ORDER BY id
                            """)
                    .setFetchSize(FETCH_SIZE)
                    .map((rs, ctx) -> new PriceChange(rs.getString("offer_key"), rs.getString("price_type_id"),
                            new BigDecimal(rs.getString("old_amount")), new BigDecimal(rs.getString("new_amount")),
                            rs.getLong("session_id"), backend.dialect().time(rs, "changed_at")))
                    .forEach(sink);
            return null;
        });
    }
}
