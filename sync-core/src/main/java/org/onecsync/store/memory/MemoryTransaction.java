package org.onecsync.store.memory;

import org.onecsync.store.SkuOwner;
import org.onecsync.model.Product;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onecsync.order.OrderSink;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityType;
import org.onecsync.model.Price;
import org.onecsync.model.RecordKey;
import org.onecsync.model.Stock;
import org.onecsync.store.Change;
import org.onecsync.store.Deferred;
import org.onecsync.store.ImportTransaction;
import org.onecsync.store.PriceChange;
import org.onecsync.store.SessionResult;
import org.onecsync.store.StoredKey;
import org.onecsync.store.StoredState;
import org.onecsync.store.WriteRow;

/** An in-memory import: its writes go to an overlay that the store takes over at commit. */
final class MemoryTransaction implements ImportTransaction {

    /** Marks a key deleted in the overlay. */
    static final MemoryRow DELETED = new MemoryRow(null, false, 0, 0, Instant.EPOCH);

    private final InMemoryCatalogStore store;
    private final long session;
    private final Instant now;
    private final Map<EntityType, TreeMap<String, MemoryRow>> overlay = new EnumMap<>(EntityType.class);
    private final Map<EntityType, List<Deferred>> deferred = new EnumMap<>(EntityType.class);
    private final List<Change> changes = new ArrayList<>();
    private final List<PriceChange> history = new ArrayList<>();
    private final long baseSeq;
    private final List<Runnable> statuses = new ArrayList<>();
    private boolean ended;

    MemoryTransaction(InMemoryCatalogStore store, long session, Instant now) {
        this.store = store;
        this.session = session;
        this.now = now;
        this.baseSeq = store.lastSeq();
        for (EntityType type : EntityType.values()) {
            overlay.put(type, new TreeMap<>(KeyOrder.UTF8));
        }
    }

    @Override
    public Map<RecordKey, StoredState> lookup(EntityType type, Collection<? extends RecordKey> keys) {
        Map<RecordKey, StoredState> result = new HashMap<>();
        for (RecordKey key : keys) {
            MemoryRow row = row(type, key.text());
            if (row != null) {
                result.put(key, state(row));
            }
        }
        return result;
    }

    private static StoredState state(MemoryRow row) {
        boolean narrow = row.record() instanceof Price || row.record() instanceof Stock;
        return new StoredState(row.active(), row.hash(), narrow ? row.record() : null);
    }

    @Override
    public void scanStored(EntityType type, BiConsumer<RecordKey, StoredState> sink) {
        TreeMap<String, MemoryRow> own = overlay.get(type);
        List<MemoryRow> committed;
        synchronized (store) {
            committed = new ArrayList<>(store.rows(type).values());
        }
        for (MemoryRow row : committed) {
            if (!own.containsKey(row.record().key())) {
                sink.accept(row.record().recordKey(), state(row));
            }
        }
        for (MemoryRow row : own.values()) {
            if (row != DELETED) {
                sink.accept(row.record().recordKey(), state(row));
            }
        }
    }

    @Override
    public long estimateRows(EntityType type) {
        synchronized (store) {
            return store.rows(type).size();
        }
    }

    @Override
    public Map<String, List<SkuOwner>> productsBySku(Collection<String> skus) {
        Set<String> wanted = new HashSet<>(skus);
        Map<String, List<SkuOwner>> result = new HashMap<>();
        scanStored(EntityType.PRODUCT, (key, state) -> {
            MemoryRow row = row(EntityType.PRODUCT, key.text());
            if (row != null && row.record() instanceof Product product && wanted.contains(product.sku())) {
                result.computeIfAbsent(product.sku(), s -> new ArrayList<>())
                        .add(new SkuOwner(product.id(), row.active()));
            }
        });
        for (List<SkuOwner> owners : result.values()) {
            owners.sort(Comparator.comparing(SkuOwner::productId, KeyOrder.UTF8));
        }
        return result;
    }

    @Override
    public Map<RecordKey, CatalogRecord> records(EntityType type, Collection<? extends RecordKey> keys) {
        Map<RecordKey, CatalogRecord> result = new HashMap<>();
        for (RecordKey key : keys) {
            MemoryRow row = row(type, key.text());
            if (row != null) {
                result.put(key, row.record());
            }
        }
        return result;
    }

    @Override
    public void insert(EntityType type, List<WriteRow> rows) {
        write(type, rows);
    }

    @Override
    public void update(EntityType type, List<WriteRow> rows) {
        write(type, rows);
    }

    @Override
    public void deactivate(EntityType type, List<? extends RecordKey> keys) {
        for (RecordKey key : keys) {
            MemoryRow row = row(type, key.text());
            if (row != null) {
                overlay.get(type).put(key.text(), row.inactive(session, now));
            }
        }
    }

    @Override
    public void delete(EntityType type, List<? extends RecordKey> keys) {
        for (RecordKey key : keys) {
            overlay.get(type).put(key.text(), DELETED);
        }
    }

    @Override
    public List<StoredKey> keysAfter(EntityType type, RecordKey after, int limit) {
        TreeMap<String, MemoryRow> merged = new TreeMap<>(KeyOrder.UTF8);
        synchronized (store) {
            TreeMap<String, MemoryRow> base = store.rows(type);
            Iterator<Map.Entry<String, MemoryRow>> rows = (after == null ? base : base.tailMap(after.text(), false))
                    .entrySet().iterator();
            // Enough committed keys that, after the overlay's deletions, a full page is still there.
            for (int taken = 0; rows.hasNext() && taken < limit + overlay.get(type).size(); taken++) {
                Map.Entry<String, MemoryRow> entry = rows.next();
                merged.put(entry.getKey(), entry.getValue());
            }
        }
        TreeMap<String, MemoryRow> own = overlay.get(type);
        merged.putAll(after == null ? own : own.tailMap(after.text(), false));
        List<StoredKey> result = new ArrayList<>();
        for (MemoryRow row : merged.values()) {
            if (row != DELETED) {
                result.add(new StoredKey(row.record().recordKey(), row.active()));
                if (result.size() == limit) {
                    break;
                }
            }
        }
        return result;
    }

    @Override
    public void appendChanges(List<Change> batch) {
        changes.addAll(batch);
    }

    @Override
    public long lastSeq() {
        return baseSeq + changes.size();
    }

    @Override
    public void appendPriceHistory(List<PriceChange> batch) {
        history.addAll(batch);
    }

    @Override
    public void defer(List<Deferred> records) {
        for (Deferred record : records) {
            deferred.computeIfAbsent(record.record().type(), t -> new ArrayList<>()).add(record);
        }
    }

    @Override
    public void drainDeferred(EntityType type, int batchSize, Consumer<List<Deferred>> sink) {
        List<Deferred> parked = deferred.remove(type);
        if (parked == null) {
            return;
        }
        for (int i = 0; i < parked.size(); i += batchSize) {
            sink.accept(List.copyOf(parked.subList(i, Math.min(parked.size(), i + batchSize))));
        }
    }

    @Override
    public Optional<OrderSink> orderSink() {
        MemoryOrderBook book = store.orderBook();
        return Optional.of(update -> book.apply(update, id -> statuses.add(() -> book.putStatus(id, update, now))));
    }

    @Override
    public void commit(SessionResult result) {
        if (ended) {
            throw new IllegalStateException("the import's transaction has already ended");
        }
        ended = true;
        store.commit(overlay, changes, history, () -> {
            statuses.forEach(Runnable::run);
            store.sessions().close(session, result);
        });
    }

    @Override
    public void close() {
        ended = true;
    }

    private void write(EntityType type, List<WriteRow> rows) {
        TreeMap<String, MemoryRow> own = overlay.get(type);
        for (WriteRow row : rows) {
            own.put(row.record().key(), new MemoryRow(row.record(), row.active(), row.hash(), session, now));
        }
    }

    private MemoryRow row(EntityType type, String key) {
        MemoryRow own = overlay.get(type).get(key);
        if (own != null) {
            return own == DELETED ? null : own;
        }
        synchronized (store) {
            return store.rows(type).get(key);
        }
    }
}
