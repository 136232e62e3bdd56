package org.onecsync.store.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.onecsync.model.EntityType;
import org.onecsync.store.ChangeEvent;
import org.onecsync.store.ChangeKind;
import org.onecsync.store.ChangeListener;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.MissingPolicy;
import org.onecsync.store.PriceChange;
import org.onecsync.store.Problem;
import org.onecsync.store.StagedRecord;
import org.onecsync.store.StoreTransaction;

/** The transaction of an in-memory import: staged rows in maps, and an undo log for rollback. */
final class MemoryTransaction implements StoreTransaction {

    private final InMemoryCatalogStore store;
    private final long sessionId;
    private final Map<EntityType, LinkedHashMap<String, StagedRecord>> staged = new EnumMap<>(EntityType.class);
    private final Map<EntityType, Map<String, MemoryRow>> undo = new EnumMap<>(EntityType.class);
    private final int historyMark;
    private boolean committed;

    MemoryTransaction(InMemoryCatalogStore store, long sessionId) {
        this.store = store;
        this.sessionId = sessionId;
        this.historyMark = store.historySize();
        for (EntityType type : EntityType.values()) {
            staged.put(type, new LinkedHashMap<>());
        }
    }

    @Override
    public void stage(List<StagedRecord> batch) {
        for (StagedRecord record : batch) {
            LinkedHashMap<String, StagedRecord> rows = staged.get(record.entity());
            rows.remove(record.key());
            rows.put(record.key(), record);
        }
    }

    @Override
    public void resolve(Consumer<Problem> dropped) {
        drop(EntityType.OFFER, dropped, row -> known(EntityType.PRODUCT, row.ref1())
                || known(EntityType.PRODUCT, row.key()) ? null
                : "offer refers to product " + row.ref1() + ", which the store does not know");
        drop(EntityType.PRICE, dropped, row -> !offerKnown(row.ref1())
                ? "price refers to offer " + row.ref1() + ", which the store does not know"
                : known(EntityType.PRICE_TYPE, row.ref2()) ? null
                : "price refers to price type " + row.ref2() + ", which the store does not know");
        drop(EntityType.STOCK, dropped, row -> !offerKnown(row.ref1())
                ? "stock refers to offer " + row.ref1() + ", which the store does not know"
                : row.ref2() == null || known(EntityType.WAREHOUSE, row.ref2()) ? null
                : "stock refers to warehouse " + row.ref2() + ", which the store does not know");
    }

    @Override
    public Map<EntityType, EntityCounts> plan(Set<EntityType> complete, MissingPolicy policy) {
        return walk(complete, policy, false, ChangeListener.NONE);
    }

    @Override
    public Map<EntityType, EntityCounts> apply(Set<EntityType> complete, MissingPolicy policy,
                                               ChangeListener listener) {
        return walk(complete, policy, true, listener);
    }

    @Override
    public void commit() {
        committed = true;
    }

    @Override
    public void close() {
        if (committed) {
            return;
        }
        undo.forEach((type, previous) -> {
            TreeMap<String, MemoryRow> rows = store.rows(type);
            previous.forEach((key, row) -> {
                if (row == null) {
                    rows.remove(key);
                } else {
                    rows.put(key, row);
                }
            });
        });
        store.dropHistoryAfter(historyMark);
    }

    private Map<EntityType, EntityCounts> walk(Set<EntityType> complete, MissingPolicy policy, boolean write,
                                               ChangeListener listener) {
        Map<EntityType, EntityCounts> result = new EnumMap<>(EntityType.class);
        Instant now = Instant.now();
        for (EntityType type : EntityType.values()) {
            TreeMap<String, MemoryRow> rows = store.rows(type);
            long created = 0;
            long updated = 0;
            long unchanged = 0;
            long deleted = 0;
            for (StagedRecord record : staged.get(type).values()) {
                MemoryRow old = rows.get(record.key());
                ChangeKind change;
                if (old == null) {
                    created++;
                    change = ChangeKind.CREATED;
                } else if (old.fingerprint() == record.fingerprint() && old.active() == record.active()) {
                    unchanged++;
                    continue;
                } else if (old.active() && !record.active()) {
                    deleted++;
                    change = ChangeKind.DELETED;
                } else {
                    updated++;
                    change = ChangeKind.UPDATED;
                }
                if (write) {
                    if (type == EntityType.PRICE && old != null && !sameAmount(old, record)) {
                        store.appendHistory(new PriceChange(record.ref1(), record.ref2(), old.amount(),
                                record.amount(), sessionId, now));
                    }
                    put(type, record.key(), new MemoryRow(record.ref1(), record.ref2(), record.amount(),
                            record.active(), record.fingerprint(), record.payload(), sessionId));
                    listener.onChange(new ChangeEvent(type, record.key(), change));
                }
            }
            if (complete.contains(type) && policy != MissingPolicy.KEEP) {
                for (String key : new ArrayList<>(rows.keySet())) {
                    MemoryRow old = rows.get(key);
                    if (staged.get(type).containsKey(key) || (policy == MissingPolicy.DEACTIVATE && !old.active())) {
                        continue;
                    }
                    deleted++;
                    if (write) {
                        put(type, key, policy == MissingPolicy.DELETE ? null : old.deactivated(sessionId));
                        listener.onChange(new ChangeEvent(type, key, ChangeKind.DELETED));
                    }
                }
            }
            EntityCounts counts = new EntityCounts(created, updated, unchanged, deleted, 0);
            if (!counts.isZero()) {
                result.put(type, counts);
            }
        }
        return result;
    }

    private void put(EntityType type, String key, MemoryRow row) {
        TreeMap<String, MemoryRow> rows = store.rows(type);
        undo.computeIfAbsent(type, t -> new HashMap<>()).putIfAbsent(key, rows.get(key));
        if (row == null) {
            rows.remove(key);
        } else {
            rows.put(key, row);
        }
    }

    private static boolean sameAmount(MemoryRow old, StagedRecord record) {
        return old.amount() == null ? record.amount() == null
                : record.amount() != null && old.amount().toPlainString().equals(record.amount().toPlainString());
    }

    private boolean known(EntityType type, String key) {
        return key != null && (staged.get(type).containsKey(key) || store.rows(type).containsKey(key));
    }

    private boolean offerKnown(String offerKey) {
        return known(EntityType.OFFER, offerKey) || known(EntityType.PRODUCT, offerKey);
    }

    private void drop(EntityType type, Consumer<Problem> dropped,
                      Function<StagedRecord, String> check) {
        Iterator<StagedRecord> rows = staged.get(type).values().iterator();
        while (rows.hasNext()) {
            StagedRecord row = rows.next();
            String reason = check.apply(row);
            if (reason != null) {
                dropped.accept(new Problem(type, row.key(), row.file(), row.line(), reason));
                rows.remove();
            }
        }
    }
}
