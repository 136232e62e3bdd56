package org.onecsync.store.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.onecsync.catalog.CatalogReader;
import org.onecsync.codec.RecordCodec;
import org.onecsync.model.EntityType;
import org.onecsync.store.ApiAnswerLog;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.Change;
import org.onecsync.store.ChangeFeed;
import org.onecsync.store.ImportLock;
import org.onecsync.store.ImportLockedException;
import org.onecsync.store.ImportTransaction;
import org.onecsync.store.OrderBook;
import org.onecsync.store.PriceChange;
import org.onecsync.store.SessionLog;
import org.onecsync.store.StoredRecord;

/**
 * A store that keeps everything in maps, for tests and small embeddings. The engine applies the same rules
 * to it as to the database stores, so an import gives the same counts, problems, dump and feed. An import
 * writes into an overlay that becomes visible at commit, so readers see committed data only. The import lock
 * only excludes imports within this JVM, and nothing survives the process.
 */
public final class InMemoryCatalogStore implements CatalogStore {

    private final Map<EntityType, TreeMap<String, MemoryRow>> rows = new EnumMap<>(EntityType.class);
    private final List<PriceChange> history = new ArrayList<>();
    private final List<Change> feed = new ArrayList<>();
    private final MemorySessionLog sessions = new MemorySessionLog();
    private final MemoryApiAnswerLog apiAnswers = new MemoryApiAnswerLog();
    private final MemoryOrderBook orders = new MemoryOrderBook();
    private final MemoryReader reader = new MemoryReader(this);
    private final AtomicBoolean locked = new AtomicBoolean();

    /** An empty store. */
    public InMemoryCatalogStore() {
        for (EntityType type : EntityType.values()) {
            rows.put(type, new TreeMap<>(KeyOrder.UTF8));
        }
    }

    @Override
    public ImportLock lock() {
        if (!locked.compareAndSet(false, true)) {
            throw new ImportLockedException(sessions.lockedMessage());
        }
        AtomicBoolean held = new AtomicBoolean(true);
        return () -> {
            if (held.compareAndSet(true, false)) {
                locked.set(false);
            }
        };
    }

    @Override
    public void prepare() {
        // Nothing to create: the maps exist from the start.
    }

    @Override
    public SessionLog sessions() {
        return sessions;
    }

    @Override
    public ApiAnswerLog apiAnswers() {
        return apiAnswers;
    }

    @Override
    public Optional<OrderBook> orders() {
        return Optional.of(orders);
    }

    /** The order book, for the transactions' sinks. */
    MemoryOrderBook orderBook() {
        return orders;
    }

    @Override
    public CatalogReader reader() {
        return reader;
    }

    @Override
    public ChangeFeed changes() {
        return new ChangeFeed() {
            @Override
            public List<Change> after(long afterSeq, int limit) {
                synchronized (InMemoryCatalogStore.this) {
                    List<Change> result = new ArrayList<>();
                    // Sequence numbers start at 1 and have no gaps, so the position is the index.
                    for (int i = (int) Math.max(afterSeq, 0); i < feed.size() && result.size() < limit; i++) {
                        result.add(feed.get(i));
                    }
                    return result;
                }
            }

            @Override
            public long lastSeq() {
                synchronized (InMemoryCatalogStore.this) {
                    return feed.size();
                }
            }
        };
    }

    @Override
    public ImportTransaction begin(long sessionId, Instant now) {
        return new MemoryTransaction(this, sessionId, now);
    }

    @Override
    public synchronized void dump(Consumer<StoredRecord> sink) {
        EntityType[] order = EntityType.values().clone();
        Arrays.sort(order, Comparator.comparing(EntityType::jsonName, KeyOrder.UTF8));
        for (EntityType type : order) {
            rows.get(type).forEach((key, row) -> sink.accept(new StoredRecord(type, key, row.active(),
                    RecordCodec.json(row.record()))));
        }
    }

    @Override
    public synchronized void priceHistory(Consumer<PriceChange> sink) {
        history.forEach(sink);
    }

    @Override
    public void close() {
        // Nothing is held open.
    }

    /** The committed rows of an entity; callers synchronise on the store. */
    TreeMap<String, MemoryRow> rows(EntityType type) {
        return rows.get(type);
    }

    /** Makes a transaction's work visible, all at once. */
    synchronized void commit(Map<EntityType, TreeMap<String, MemoryRow>> overlay, List<Change> changes,
                             List<PriceChange> prices, Runnable sessionEnd) {
        overlay.forEach((type, written) -> written.forEach((key, row) -> {
            if (row == MemoryTransaction.DELETED) {
                rows.get(type).remove(key);
            } else {
                rows.get(type).put(key, row);
            }
        }));
        feed.addAll(changes);
        history.addAll(prices);
        sessionEnd.run();
    }

    synchronized long lastSeq() {
        return feed.size();
    }
}
