package org.onecsync.sync.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onecsync.SyncException;
import org.onecsync.codec.RecordCodec;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityType;
import org.onecsync.model.Price;
import org.onecsync.model.PriceKey;
import org.onecsync.model.RecordKey;
import org.onecsync.model.Stock;
import org.onecsync.store.Change;
import org.onecsync.store.ChangeEvent;
import org.onecsync.store.ChangeKind;
import org.onecsync.store.ChangeListener;
import org.onecsync.store.Deferred;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.ImportTransaction;
import org.onecsync.store.MissingPolicy;
import org.onecsync.store.PriceChange;
import org.onecsync.store.Problem;
import org.onecsync.store.StoredKey;
import org.onecsync.store.StoredState;
import org.onecsync.store.WriteRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies one import's records to its transaction, batch by batch, with every rule of the mirror: duplicate
 * collapse, references (with records whose references come later parked until the end), classification,
 * price history, the change feed, counts and the missing policy. Stores only look up and write.
 *
 * <p>Records are batched per entity; before a batch of an entity is applied, the pending batches of the
 * entities it may refer to (those earlier in {@link EntityType} order) are applied first, so an offer read
 * before its prices is always known to them. Used by one thread at a time.
 */
final class Applier {

    private static final Logger LOG = LoggerFactory.getLogger(Applier.class);

    private static final EntityType[] DEFERRABLE = {EntityType.OFFER, EntityType.PRICE, EntityType.STOCK};
    /** Below this many stored rows an entity is always looked up key by key: a scan would not pay. */
    private static final long MIN_SCAN_ROWS = 10_000;

    private final ImportTransaction transaction;
    private final long session;
    private final Instant now;
    private final int batchSize;
    private final Problems problems;
    private final ChangeListener listener;
    private final References references;
    private final Counts counts = new Counts();
    private final Map<EntityType, LinkedHashMap<RecordKey, Deferred>> pending = new EnumMap<>(EntityType.class);
    private final Map<EntityType, KeyTable> seen = new EnumMap<>(EntityType.class);
    /** Stored products a feed sent but could not apply (a bad row, a shared SKU): never removed as missing. */
    private final KeyTable kept = new KeyTable();
    /** Per entity: keys looked up, of which unchanged, and the table's estimated rows (0 until asked). */
    private final Map<EntityType, long[]> lookups = new EnumMap<>(EntityType.class);
    private final long firstSeq;
    private long nextSeq;

    /**
     * @param transaction the import's transaction
     * @param session the import's session
     * @param now the time written on rows, history and changes
     * @param batchSize records per batch
     * @param problems where skipped records go
     * @param listener hears every change inside the transaction ({@link ChangeListener#NONE} for a dry run)
     */
    Applier(ImportTransaction transaction, long session, Instant now, int batchSize, Problems problems,
            ChangeListener listener) {
        this.transaction = transaction;
        this.session = session;
        this.now = now;
        this.batchSize = batchSize;
        this.problems = problems;
        this.listener = listener;
        this.references = new References(transaction, seen);
        this.firstSeq = transaction.lastSeq() + 1;
        this.nextSeq = firstSeq;
        for (EntityType type : EntityType.values()) {
            pending.put(type, new LinkedHashMap<>());
        }
    }

    /**
     * Takes one valid record; applies a batch when one is full.
     *
     * @param record the record
     * @param file its file
     * @param line its line
     */
    void add(CatalogRecord record, String file, long line) {
        LinkedHashMap<RecordKey, Deferred> batch = pending.get(record.type());
        RecordKey key = record.recordKey();
        // The one read last wins, in the place it was read.
        batch.remove(key);
        batch.put(key, new Deferred(record, file, line));
        if (batch.size() >= batchSize) {
            flushThrough(record.type());
        }
    }

    /** Applies every pending batch, so that look-ups see what was read before (CommerceML before a feed). */
    void flushPending() {
        flushThrough(EntityType.COUNTERPARTY);
    }

    /**
     * Counts a stored product as sent without writing it, so that the missing policy of a complete feed leaves
     * it alone: the feed listed it, but its row could not be applied.
     *
     * @param key the product's key
     */
    void keep(RecordKey key) {
        kept.mark(KeyHash.of(key), (byte) 1);
    }

    /**
     * Applies what is pending and parked, then the missing policy for the complete entities.
     *
     * @param complete the entities whose records all came from complete packages
     * @param policy what to do with stored rows of a complete entity that this import did not send
     * @param checkpoint run between batches; throws to stop (a cancelled import)
     */
    void finish(Set<EntityType> complete, MissingPolicy policy, Runnable checkpoint) {
        flushThrough(EntityType.COUNTERPARTY);
        for (EntityType type : DEFERRABLE) {
            transaction.drainDeferred(type, batchSize, batch -> {
                checkpoint.run();
                apply(type, batch, true);
            });
        }
        if (policy != MissingPolicy.KEEP) {
            for (EntityType type : EntityType.values()) {
                if (complete.contains(type)) {
                    removeMissing(type, policy, checkpoint);
                }
            }
        }
    }

    /** Counts so far, per entity that has any; skipped left at 0. */
    Map<EntityType, EntityCounts> counts() {
        return counts.snapshot();
    }

    /** The feed position of this import's first change. */
    long firstSeq() {
        return firstSeq;
    }

    /** The feed position after this import's last change. */
    long nextSeq() {
        return nextSeq;
    }

    private void flushThrough(EntityType type) {
        for (EntityType earlier : EntityType.values()) {
            if (earlier.ordinal() > type.ordinal() || earlier == EntityType.ORDER) {
                break;
            }
            LinkedHashMap<RecordKey, Deferred> batch = pending.get(earlier);
            if (!batch.isEmpty()) {
                List<Deferred> records = new ArrayList<>(batch.values());
                batch.clear();
                apply(earlier, records, false);
            }
        }
    }

    private void apply(EntityType type, List<Deferred> batch, boolean lastChance) {
        List<String> missing = references.check(type, batch.stream().map(Deferred::record).toList());
        List<Deferred> ready = new ArrayList<>(batch.size());
        List<Deferred> parked = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            String reason = missing.get(i);
            Deferred item = batch.get(i);
            if (reason == null) {
                ready.add(item);
            } else if (lastChance) {
                problems.add(new Problem(type, item.record().key(), item.file(), item.line(), reason));
            } else {
                parked.add(item);
            }
        }
        if (!parked.isEmpty()) {
            transaction.defer(parked);
        }
        if (!ready.isEmpty()) {
            write(type, ready);
        }
    }

    private void write(EntityType type, List<Deferred> batch) {
        boolean narrow = type == EntityType.PRICE || type == EntityType.STOCK;
        KeyTable table = seen.computeIfAbsent(type, t -> new KeyTable());
        boolean scanned = table.hasStates();
        int n = batch.size();
        RecordKey[] keyOf = new RecordKey[n];
        long[] keyHashOf = new long[n];
        boolean[] activeOf = new boolean[n];
        long[] hashOf = new long[n];
        long[] stateOf = new long[n];
        boolean[] same = new boolean[n];
        List<RecordKey> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CatalogRecord record = batch.get(i).record();
            keyOf[i] = record.recordKey();
            keyHashOf[i] = KeyHash.of(keyOf[i]);
            activeOf[i] = !DeletionMark.of(record);
            hashOf[i] = narrow ? 0 : RecordCodec.hash(record);
            stateOf[i] = scanned ? StateHash.of(record, activeOf[i], hashOf[i]) : 0;
            same[i] = scanned && table.holds(keyHashOf[i], stateOf[i]);
            if (!same[i]) {
                keys.add(keyOf[i]);
            }
        }
        Map<RecordKey, StoredState> stored = keys.isEmpty() ? Map.of() : transaction.lookup(type, keys);
        long unchangedByLookup = 0;
        List<WriteRow> inserts = new ArrayList<>();
        List<WriteRow> updates = new ArrayList<>();
        List<PriceChange> history = new ArrayList<>();
        List<Planned> changes = new ArrayList<>();
        List<RecordKey> needPrevious = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CatalogRecord record = batch.get(i).record();
            RecordKey key = keyOf[i];
            boolean active = activeOf[i];
            long hash = hashOf[i];
            StoredState state = same[i] ? null : stored.get(key);
            Outcome outcome = same[i] ? Outcome.UNCHANGED : Rules.classify(record, active, hash, state);
            if (!same[i] && outcome == Outcome.UNCHANGED) {
                unchangedByLookup++;
            }
            byte first = table.mark(keyHashOf[i]);
            if (first == 0) {
                counts.add(type, outcome);
                table.mark(keyHashOf[i], outcome.mark());
            } else if (outcome != Outcome.UNCHANGED && Outcome.ofMark(first) == Outcome.UNCHANGED) {
                // Sent twice, first as it was stored, then changed: one record, counted by its final change.
                counts.remove(type, Outcome.UNCHANGED);
                counts.add(type, outcome);
                table.mark(keyHashOf[i], outcome.mark());
            }
            if (outcome == Outcome.UNCHANGED) {
                continue;
            }
            WriteRow row = new WriteRow(record, active, hash);
            (outcome == Outcome.CREATED ? inserts : updates).add(row);
            if (scanned) {
                table.state(keyHashOf[i], stateOf[i]);
            }
            if (record instanceof Price price && Rules.amountChanged(price, state)) {
                history.add(new PriceChange((PriceKey) key,
                        ((Price) state.record()).amount(), price.amount(), session, now));
            }
            CatalogRecord previous = state == null ? null : state.record();
            if (state != null && !narrow) {
                needPrevious.add(key);
            }
            changes.add(new Planned(key, outcome.change(), record, previous));
        }
        if (!needPrevious.isEmpty()) {
            Map<RecordKey, CatalogRecord> previous = transaction.records(type, needPrevious);
            changes.replaceAll(c -> c.previous() == null && c.kind() != ChangeKind.CREATED
                    ? c.withPrevious(previous.get(c.key())) : c);
        }
        if (!inserts.isEmpty()) {
            transaction.insert(type, inserts);
        }
        if (!updates.isEmpty()) {
            transaction.update(type, updates);
        }
        if (!history.isEmpty()) {
            transaction.appendPriceHistory(history);
        }
        announce(type, changes);
        if (!scanned) {
            considerScan(type, table, keys.size(), unchangedByLookup);
        }
    }

    /**
     * Switches an entity from a look-up per key to one sequential read of its stored states once the import
     * has shown that it sends a large share of a large table again, mostly unchanged (a full re-import, a
     * daily revision): from then on only new and changed records cost a look-up.
     */
    private void considerScan(EntityType type, KeyTable table, long looked, long unchanged) {
        long[] tally = lookups.computeIfAbsent(type, t -> new long[3]);
        tally[0] += looked;
        tally[1] += unchanged;
        if (tally[0] < 2L * batchSize || tally[1] * 2 < tally[0]) {
            return;
        }
        if (tally[2] == 0) {
            tally[2] = Math.max(1, transaction.estimateRows(type));
        }
        if (tally[2] < MIN_SCAN_ROWS || tally[0] * 20 < tally[2]) {
            return;
        }
        long started = System.nanoTime();
        table.expectStates(tally[2]);
        transaction.scanStored(type, (key, state) -> table.state(KeyHash.of(key), StateHash.of(state)));
        LOG.debug("session {}: read the stored {} (about {}) in one scan in {} ms", session, type.jsonName(),
                tally[2], (System.nanoTime() - started) / 1_000_000);
    }

    private void removeMissing(EntityType type, MissingPolicy policy, Runnable checkpoint) {
        KeyTable table = seen.computeIfAbsent(type, t -> new KeyTable());
        RecordKey after = null;
        while (true) {
            checkpoint.run();
            List<StoredKey> page = transaction.keysAfter(type, after, batchSize);
            if (page.isEmpty()) {
                return;
            }
            after = page.get(page.size() - 1).key();
            List<RecordKey> gone = new ArrayList<>();
            for (StoredKey stored : page) {
                if (!table.applied(stored.key()) && (policy == MissingPolicy.DELETE || stored.active())
                        && (type != EntityType.PRODUCT || !kept.applied(stored.key()))) {
                    gone.add(stored.key());
                }
            }
            if (gone.isEmpty()) {
                continue;
            }
            Map<RecordKey, CatalogRecord> previous = transaction.records(type, gone);
            ChangeKind kind = policy == MissingPolicy.DELETE ? ChangeKind.DELETED : ChangeKind.DEACTIVATED;
            if (policy == MissingPolicy.DELETE) {
                transaction.delete(type, gone);
            } else {
                transaction.deactivate(type, gone);
            }
            counts.deleted(type, gone.size());
            List<Planned> changes = new ArrayList<>(gone.size());
            for (RecordKey key : gone) {
                CatalogRecord before = previous.get(key);
                changes.add(new Planned(key, kind, kind == ChangeKind.DELETED ? null : before, before));
            }
            announce(type, changes);
        }
    }

    /**
     * Appends changes to the feed at {@link #nextSeq()} on, tells the listener, and moves the feed position past
     * them; also how 1C's order statuses, applied after the catalog, get their place in the feed.
     *
     * @param type the changes' entity
     * @param planned the changes, in feed order
     */
    void announce(EntityType type, List<Planned> planned) {
        if (planned.isEmpty()) {
            return;
        }
        List<Change> changes = new ArrayList<>(planned.size());
        long seq = nextSeq;
        for (Planned change : planned) {
            changes.add(new Change(seq++, session, type, change.key(), change.kind(), change.previous()));
        }
        transaction.appendChanges(changes);
        if (listener != ChangeListener.NONE) {
            for (int i = 0; i < planned.size(); i++) {
                Planned change = planned.get(i);
                tell(new ChangeEvent(nextSeq + i, session, type, change.key(), change.kind(), change.record(),
                        change.previous()));
            }
        }
        nextSeq = seq;
    }

    /** Hands a change to the caller's listener; what it throws is marked as the listener's, not the engine's. */
    private void tell(ChangeEvent event) {
        try {
            listener.onChange(event);
        } catch (Exception e) {
            // Exception, not RuntimeException: a listener written in another JVM language may throw checked ones.
            String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            throw new SyncException(SyncException.Kind.LISTENER, "a change listener failed: " + message
                    + " (on " + event.entity().jsonName() + " " + event.key().text() + ")", e);
        }
    }

    /** A change before it has its place in the feed. */
    record Planned(RecordKey key, ChangeKind kind, CatalogRecord record, CatalogRecord previous) {
        Planned withPrevious(CatalogRecord value) {
            return new Planned(key, kind, record, value);
        }
    }

}
