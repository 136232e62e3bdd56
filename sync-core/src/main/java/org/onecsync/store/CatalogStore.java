package org.onecsync.store;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.onecsync.catalog.CatalogReader;

/**
 * A database that mirrors 1C, split by concern: the import lock, the schema, the session log, the writer of
 * one import's typed batches ({@link #begin}), the reader of the synced catalog, the change feed, price history.
 *
 * <p>The rules (references, plan, missing policy, history, counts, messages) live in the engine, not here:
 * a store only looks rows up, writes what it is told, and keeps the order and limits its contract states.
 * Every method may throw {@link StoreException}.
 *
 * <p><b>Threads.</b> Implementations are safe to share between threads: readers ({@link #reader()},
 * {@link #changes()}, {@link #dump}, the session log) may be used from any thread at any time, and see committed
 * data only. During an import the engine calls {@link #lock()}, {@link #prepare()}, {@link #sessions()} and
 * {@link #begin} on the importing thread (the caller of {@code SyncEngine.importExport}), and delivers committed
 * changes to subscribers from it after the commit. The transaction {@link #begin} returns is used by one thread
 * at a time, though not always the same one: see {@link ImportTransaction}.
 *
 * <p>Reading methods never create or migrate anything: on a database without the store's tables, or with a
 * schema newer than this library, they throw {@link StoreException} with reason
 * {@link StoreException.Reason#NOT_FOUND} or {@link StoreException.Reason#NEWER_SCHEMA}.
 */
public interface CatalogStore extends AutoCloseable {

    /**
     * Takes the import lock, without waiting and without creating or migrating the schema (so that imports
     * started together on a new database all see the lock, not the migration). Released by
     * {@link ImportLock#close()} and when the process holding it dies.
     *
     * @return the held lock
     * @throws ImportLockedException when another import holds it
     */
    ImportLock lock();

    /**
     * Creates or upgrades the schema; called by the holder of the import lock. Refuses a schema newer than
     * this library ({@link StoreException.Reason#NEWER_SCHEMA}).
     */
    void prepare();

    /** {@return the import session log} */
    SessionLog sessions();

    /**
     * The answers kept for JSON pushes with a {@code sync_id}. The default, for stores that keep none, is
     * {@link ApiAnswerLog#none()}: every push is applied, whatever its {@code sync_id}.
     *
     * @return the log of answers
     */
    default ApiAnswerLog apiAnswers() {
        return ApiAnswerLog.none();
    }

    /** {@return a reader of the synced catalog, as committed} */
    CatalogReader reader();

    /** {@return the change feed, as committed} */
    ChangeFeed changes();

    /**
     * Starts the transaction of one import. Nothing it writes is visible to others until
     * {@link ImportTransaction#commit}; closing it without committing rolls everything back.
     *
     * @param sessionId the import's session, recorded on the rows it writes
     * @param now the time recorded on the rows it writes
     * @return the transaction
     */
    ImportTransaction begin(long sessionId, Instant now);

    /**
     * Streams every synced row (not the session log), sorted by entity name
     * ({@link org.onecsync.model.EntityType#jsonName()}) and then by key text ({@link org.onecsync.model.RecordKey#text()}),
     * both compared as UTF-8 bytes, so the order is the same in every store. The payload is the record in the
     * codec's canonical JSON ({@code org.onecsync.codec.RecordCodec#json}).
     *
     * @param sink receives the rows in order
     */
    void dump(Consumer<StoredRecord> sink);

    /**
     * The price history, oldest first.
     *
     * @param sink receives the rows in order
     */
    void priceHistory(Consumer<PriceChange> sink);

    /**
     * The exchange state this store keeps for servers that share it, so that several of them answer one 1C
     * exchange in turn. The default keeps none: an exchange then lives in the one process that serves it.
     *
     * @return the exchange state, or empty when this store does not keep it
     */
    default Optional<ExchangeStateStore> exchangeState() {
        return Optional.empty();
    }

    /**
     * The store's own order book, for shops that keep no orders of their own. The default keeps none.
     *
     * @return the order book, or empty when this store does not keep one
     */
    default Optional<OrderBook> orders() {
        return Optional.empty();
    }

    /** Releases the store's resources (connections it opened itself). */
    @Override
    void close();
}
