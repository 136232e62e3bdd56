package org.onecsync.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityType;
import org.onecsync.model.RecordKey;
import org.onecsync.order.OrderSink;

/**
 * The transaction of one import: the engine looks rows up, decides, and tells the store what to write, in
 * typed batches. Every read sees what this transaction wrote before it. Nothing is visible to others until
 * {@link #commit}; {@link #close()} without a commit rolls everything back.
 *
 * <p>Keys passed for an entity are of its key type: {@link org.onecsync.model.EntityId},
 * {@link org.onecsync.model.OfferKey} for offers, {@link org.onecsync.model.PriceKey},
 * {@link org.onecsync.model.StockKey}. Batches hold distinct keys. Memory must not grow with the number of
 * rows written.
 *
 * <p><b>Threads.</b> A transaction is confined to one thread at a time, but not to one thread. While the
 * export is read, the engine's look-ups and writes ({@link #lookup}, {@link #scanStored}, {@link #insert},
 * {@link #update}, {@link #appendChanges}, {@link #defer}, …) may run on one task of the caller's executor;
 * before and after that phase (the catalog check, the parked records, the missing policy, {@link #commit},
 * {@link #close()}), and throughout when there is no executor, they run on the importing thread. Every call
 * happens-before the next, whichever thread makes it: the engine hands work to the task through a queue and
 * waits for the task to end before it goes on, and never gives up waiting, so {@link #close()} is never called
 * while the task may still be inside another method. An implementation therefore needs no locking of its own,
 * but must not tie its state to a thread (a {@link ThreadLocal}, a connection that only works on the thread that
 * opened it). When an interrupted import fails, the engine clears the importing thread's interrupt flag while
 * it calls {@link #close()} and closes the session (and sets it again after), so that the rollback still reaches
 * the database.
 */
public interface ImportTransaction extends AutoCloseable {

    /**
     * The stored state of the given keys (active or not), including rows this transaction wrote.
     *
     * @param type the entity
     * @param keys distinct keys, at most a batch
     * @return an entry for every key that is stored; absent keys have none
     */
    Map<RecordKey, StoredState> lookup(EntityType type, Collection<? extends RecordKey> keys);

    /**
     * Streams the stored state of every row of an entity, in no particular order: one sequential read
     * instead of a look-up per key, for an import that sends most of a large table again. The sink must not
     * call this transaction.
     *
     * @param type the entity
     * @param sink receives each key with its state as {@link #lookup} gives it
     */
    void scanStored(EntityType type, BiConsumer<RecordKey, StoredState> sink);

    /**
     * The number of stored rows of an entity, or an estimate of it that may be off by a few percent (a
     * database's statistics); used to decide between look-ups and {@link #scanStored}.
     *
     * @param type the entity
     * @return the number of rows, about
     */
    long estimateRows(EntityType type);

    /**
     * The stored products, active or not, whose SKU ({@code Артикул}) is one of these, compared exactly;
     * rows this transaction wrote included. Feeds find their products by SKU.
     *
     * @param skus distinct SKUs, at most a batch
     * @return for each SKU some product carries, those products in id order; SKUs no product carries have no
     *         entry
     */
    Map<String, List<SkuOwner>> productsBySku(Collection<String> skus);

    /**
     * The full stored records of the given keys, as {@link #lookup} sees them (for the previous record of a
     * change).
     *
     * @param type the entity
     * @param keys distinct keys, at most a batch
     * @return an entry for every key that is stored
     */
    Map<RecordKey, CatalogRecord> records(EntityType type, Collection<? extends RecordKey> keys);

    /**
     * Inserts rows whose keys are not stored.
     *
     * @param type the entity
     * @param rows distinct new rows
     */
    void insert(EntityType type, List<WriteRow> rows);

    /**
     * Replaces stored rows (every column, and the session and time of this import).
     *
     * @param type the entity
     * @param rows distinct stored rows
     */
    void update(EntityType type, List<WriteRow> rows);

    /**
     * Sets stored rows inactive (content kept), recording this import's session and time on them.
     *
     * @param type the entity
     * @param keys distinct stored keys
     */
    void deactivate(EntityType type, List<? extends RecordKey> keys);

    /**
     * Removes stored rows.
     *
     * @param type the entity
     * @param keys distinct stored keys
     */
    void delete(EntityType type, List<? extends RecordKey> keys);

    /**
     * A page of stored keys in key order (the order of {@link CatalogStore#dump}'s key text within the
     * entity), for the missing policy.
     *
     * @param type the entity
     * @param after the last key of the previous page, or {@code null} for the first page
     * @param limit how many at most
     * @return the keys after {@code after}
     */
    List<StoredKey> keysAfter(EntityType type, RecordKey after, int limit);

    /**
     * Appends entries to the change feed. The engine numbers them: {@link Change#seq()} continues from
     * {@link #lastSeq()} without gaps.
     *
     * @param changes the entries, in order
     */
    void appendChanges(List<Change> changes);

    /** {@return the newest {@link Change#seq()} in the feed as this transaction sees it, or 0 when it is empty} */
    long lastSeq();

    /**
     * Appends price history rows.
     *
     * @param changes the rows, in order
     */
    void appendPriceHistory(List<PriceChange> changes);

    /**
     * Parks records whose references are not known yet, to be read back by {@link #drainDeferred}.
     *
     * @param records the records, in the order read
     */
    void defer(List<Deferred> records);

    /**
     * Reads back, and forgets, the parked records of one entity, in the order they were parked.
     *
     * @param type the entity
     * @param batchSize how many per batch
     * @param sink receives them in batches, each read whole before it is handed on, so the sink may call
     *             this transaction's other methods
     */
    void drainDeferred(EntityType type, int batchSize, Consumer<List<Deferred>> sink);

    /**
     * The sink that applies 1C's status updates to the store's {@link OrderBook} inside this transaction: they
     * commit with it and its session, or not at all. An update is matched to an order by
     * {@link org.onecsync.order.OrderStatusUpdate#orderId()}, else by its number (the lowest id when several orders
     * carry it), and replaces that order's last status; one for an unknown order is skipped with a reason. The
     * default, for stores without an order book, is empty.
     *
     * @return the sink, or empty when the store keeps no order book
     */
    default Optional<OrderSink> orderSink() {
        return Optional.empty();
    }

    /**
     * Records the session's end in this same transaction, then commits: the data and the session's outcome
     * become visible together, so a committed import is never logged as failed.
     *
     * @param result the session's outcome
     */
    void commit(SessionResult result);

    /** Rolls back unless {@link #commit} was called, and releases what the import held; a second call does nothing. */
    @Override
    void close();
}
