package org.onecsync.sync.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.onecsync.catalog.Synced;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityType;
import org.onecsync.model.RecordKey;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.Change;
import org.onecsync.store.ChangeEvent;
import org.onecsync.store.ChangeKind;
import org.onecsync.store.ChangeSubscriber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a committed import's changes to subscribers: read back from the change feed page by page, with the
 * records as committed, so memory stays bounded whatever the import's size.
 */
final class Delivery {

    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);
    private static final int PAGE = 1000;

    private final CatalogStore store;
    private final List<ChangeSubscriber> subscribers;

    /**
     * @param store the store the import committed to
     * @param subscribers who hears
     */
    Delivery(CatalogStore store, List<ChangeSubscriber> subscribers) {
        this.store = store;
        this.subscribers = subscribers;
    }

    /**
     * Delivers the changes {@code [firstSeq, nextSeq)}.
     *
     * @param firstSeq the import's first change
     * @param nextSeq the position after its last
     */
    void deliver(long firstSeq, long nextSeq) {
        long after = firstSeq - 1;
        while (after < nextSeq - 1) {
            List<Change> page = store.changes().after(after, (int) Math.min(PAGE, nextSeq - 1 - after));
            if (page.isEmpty()) {
                return;
            }
            Map<EntityType, List<RecordKey>> wanted = new EnumMap<>(EntityType.class);
            for (Change change : page) {
                // Orders are not catalog records: the store's reader has none to give.
                if (change.kind() != ChangeKind.DELETED && change.entity() != EntityType.ORDER) {
                    wanted.computeIfAbsent(change.entity(), t -> new ArrayList<>()).add(change.key());
                }
            }
            Map<EntityType, Map<RecordKey, Synced<CatalogRecord>>> records = new EnumMap<>(EntityType.class);
            wanted.forEach((type, keys) -> records.put(type, store.reader().records(type, keys)));
            for (Change change : page) {
                Synced<CatalogRecord> now = records.getOrDefault(change.entity(), Map.of()).get(change.key());
                ChangeEvent event = new ChangeEvent(change.seq(), change.session(), change.entity(), change.key(),
                        change.kind(), now == null ? null : now.record(), change.previous());
                for (ChangeSubscriber subscriber : subscribers) {
                    try {
                        subscriber.onCommitted(event);
                    } catch (RuntimeException e) {
                        LOG.warn("a change subscriber failed on change {} ({} {}): {}", change.seq(),
                                change.entity().jsonName(), change.key().text(), e.toString());
                    }
                }
            }
            after = page.get(page.size() - 1).seq();
        }
    }
}
