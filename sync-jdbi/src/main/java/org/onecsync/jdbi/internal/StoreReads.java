package org.onecsync.jdbi.internal;

import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.onecsync.codec.RecordCodec;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityType;
import org.onecsync.model.OfferKey;
import org.onecsync.model.PriceKey;
import org.onecsync.store.PriceChange;
import org.onecsync.store.StoredRecord;

/**
 * The store's long reads: the dump and the price history. They stream inside one transaction with a fetch
 * size, because the PostgreSQL driver only uses a cursor then; otherwise it would load every row before
 * handing out the first. On PostgreSQL the transaction is REPEATABLE READ, so that all the statements of a
 * dump see one snapshot; an SQLite read transaction sees one anyway.
 */
final class StoreReads {

    private static final int FETCH_SIZE = 1000;

    private final Backend backend;
    private final Schema schema;

    /**
     * @param backend the store's database
     * @param schema its schema, checked before every read
     */
    public StoreReads(Backend backend, Schema schema) {
        this.backend = backend;
        this.schema = schema;
    }

    /**
     * Every stored row, by entity name and then key text, both as UTF-8 bytes; the payload is the record
     * rebuilt from its columns in the codec's canonical JSON, so the output is the same on both databases.
     *
     * @see org.onecsync.store.CatalogStore#dump
     */
    public void dump(Consumer<StoredRecord> sink) {
        schema.verifyReadable();
        Dialect dialect = backend.dialect();
        snapshot("cannot read the store", handle -> {
            for (EntityType type : RecordRows.STORED) {
                String sql = "SELECT " + RecordRows.recordColumns(type) + ", x.active FROM " + RecordRows.table(type)
                        + " x ORDER BY " + RecordRows.byteOrder(dialect, RecordRows.keyText(type));
                handle.createQuery(sql)
                        .setFetchSize(FETCH_SIZE)
                        .map((rs, ctx) -> {
                            CatalogRecord record = RecordRows.record(type, rs);
                            return new StoredRecord(type, record.recordKey().text(), rs.getBoolean("active"),
                                    RecordCodec.json(record));
                        })
                        .forEach(sink);
            }
            return null;
        });
    }

    /** @see org.onecsync.store.CatalogStore#priceHistory */
    public void priceHistory(Consumer<PriceChange> sink) {
        schema.verifyReadable();
        snapshot("cannot read the price history", handle -> {
            handle.createQuery("""
                            SELECT product_id, variant_id, price_type_id, old_amount, new_amount, session_id, changed_at
                            FROM onecsync_price_history ORDER BY id""")
                    .setFetchSize(FETCH_SIZE)
                    .map((rs, ctx) -> new PriceChange(
                            new PriceKey(new OfferKey(rs.getString("product_id"),
                                    RecordRows.emptyToNull(rs.getString("variant_id"))), rs.getString("price_type_id")),
                            RecordRows.decimal(rs, "old_amount"), RecordRows.decimal(rs, "new_amount"),
                            rs.getLong("session_id"), RecordRows.instant(rs, "changed_at")))
                    .forEach(sink);
            return null;
        });
    }

    private <T> T snapshot(String what, Backend.Work<T> work) {
        return backend.call(what, handle -> backend.dialect() == Dialect.POSTGRESQL
                ? handle.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> run(work, h))
                : handle.inTransaction(h -> run(work, h)));
    }

    private static <T> T run(Backend.Work<T> work, Handle handle) throws Exception {
        return work.run(handle);
    }
}
