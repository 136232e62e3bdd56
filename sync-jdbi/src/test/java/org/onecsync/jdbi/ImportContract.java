package org.onecsync.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.onecsync.jdbi.Records.counts;
import static org.onecsync.jdbi.Records.deleted;
import static org.onecsync.jdbi.Records.offer;
import static org.onecsync.jdbi.Records.price;
import static org.onecsync.jdbi.Records.priceType;
import static org.onecsync.jdbi.Records.product;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onecsync.model.EntityType;
import org.onecsync.store.ChangeEvent;
import org.onecsync.store.ChangeKind;
import org.onecsync.store.ChangeListener;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.MissingPolicy;
import org.onecsync.store.SessionStart;
import org.onecsync.store.StagedRecord;
import org.onecsync.store.StoreTransaction;
import org.onecsync.store.StoredRecord;

/** Staging, counting and writing of one import. */
interface ImportContract extends StoreContract {

    @Test
    default void firstImportCreatesEveryRow() {
        Outcome outcome = importRecords(product("p1"), product("p2"), priceType("t1"), offer("p1#a", "p1"),
                price("p1#a", "t1", "10.50"));

        assertEquals(Map.of(EntityType.PRODUCT, counts(2, 0, 0, 0), EntityType.PRICE_TYPE, counts(1, 0, 0, 0),
                EntityType.OFFER, counts(1, 0, 0, 0), EntityType.PRICE, counts(1, 0, 0, 0)), outcome.counts());
        assertEquals(List.of(), outcome.problems());
        assertEquals(List.of(
                new ChangeEvent(EntityType.PRICE_TYPE, "t1", ChangeKind.CREATED),
                new ChangeEvent(EntityType.PRODUCT, "p1", ChangeKind.CREATED),
                new ChangeEvent(EntityType.PRODUCT, "p2", ChangeKind.CREATED),
                new ChangeEvent(EntityType.OFFER, "p1#a", ChangeKind.CREATED),
                new ChangeEvent(EntityType.PRICE, "p1#a|t1", ChangeKind.CREATED)), outcome.events());
        assertEquals(List.of(
                new StoredRecord(EntityType.OFFER, "p1#a", true, "{\"id\":\"p1#a\"}"),
                new StoredRecord(EntityType.PRICE_TYPE, "t1", true, "{\"id\":\"t1\"}"),
                new StoredRecord(EntityType.PRICE, "p1#a|t1", true,
                        "{\"offer\":\"p1#a\",\"priceType\":\"t1\",\"amount\":10.50}"),
                new StoredRecord(EntityType.PRODUCT, "p1", true, "{\"id\":\"p1\",\"name\":\"Product p1\"}"),
                new StoredRecord(EntityType.PRODUCT, "p2", true, "{\"id\":\"p2\",\"name\":\"Product p2\"}")), dump());
    }

    @Test
    default void reimportWritesNoRows() throws Exception {
        StagedRecord[] catalog = {product("p1"), product("p2"), priceType("t1"), offer("p1#a", "p1"),
            price("p1#a", "t1", "10.50")};
        importRecords(catalog);

        Outcome again = importRecords(catalog);

        assertEquals(Map.of(EntityType.PRODUCT, counts(0, 0, 2, 0), EntityType.PRICE_TYPE, counts(0, 0, 1, 0),
                EntityType.OFFER, counts(0, 0, 1, 0), EntityType.PRICE, counts(0, 0, 1, 0)), again.counts());
        assertEquals(List.of(), again.events());
        assertEquals(0, sqlLong("SELECT count(*) FROM onecsync_entity WHERE session_id = " + again.session()));
        assertEquals(0, sqlLong("SELECT count(*) FROM onecsync_price_history"));
    }

    @Test
    default void changedRowIsRewrittenAndOthersAreNot() throws Exception {
        Outcome first = importRecords(product("p1", "Tea"), product("p2", "Coffee"));

        Outcome second = importRecords(product("p1", "Green tea"), product("p2", "Coffee"));

        assertEquals(Map.of(EntityType.PRODUCT, counts(0, 1, 1, 0)), second.counts());
        assertEquals(List.of(new ChangeEvent(EntityType.PRODUCT, "p1", ChangeKind.UPDATED)), second.events());
        assertEquals("{\"id\":\"p1\",\"name\":\"Green tea\"}", stored(EntityType.PRODUCT, "p1").payload());
        assertEquals(second.session(), sqlLong("SELECT session_id FROM onecsync_entity WHERE key = 'p1'"));
        assertEquals(first.session(), sqlLong("SELECT session_id FROM onecsync_entity WHERE key = 'p2'"));
    }

    @Test
    default void duplicateKeysCollapseToTheLastStaged() {
        long session = store().openSession(new SessionStart("catalog", "test", false, STARTED));
        Map<EntityType, EntityCounts> counts;
        try (StoreTransaction transaction = store().begin(session)) {
            transaction.stage(List.of(product("p1", "first"), product("p2")));
            transaction.stage(List.of(product("p1", "second"), product("p3")));
            transaction.stage(List.of(product("p1", "last")));
            transaction.resolve(problem -> { });
            counts = transaction.apply(Set.of(), MissingPolicy.KEEP, ChangeListener.NONE);
            transaction.commit();
        }

        assertEquals(Map.of(EntityType.PRODUCT, counts(3, 0, 0, 0)), counts);
        assertEquals("{\"id\":\"p1\",\"name\":\"last\"}", stored(EntityType.PRODUCT, "p1").payload());
    }

    @Test
    default void recordsRoundTripExactly() {
        String payload = "{\"name\":\"Чай №1 — \\\"зелёный\\\"\",\"path\":\"C:\\\\1c\\\\x\",\"raw\":\"a\tb\nc\r\\N\"}";
        String key = "ключ\tс\\табом\nи строкой";
        importRecords(Records.of(EntityType.CATEGORY, key, null, null, null, payload));

        assertEquals(List.of(new StoredRecord(EntityType.CATEGORY, key, true, payload)), dump());
    }

    @Test
    default void stagesManyBatches() throws Exception {
        long session = store().openSession(new SessionStart("all", "test", false, STARTED));
        Map<EntityType, EntityCounts> counts;
        try (StoreTransaction transaction = store().begin(session)) {
            List<StagedRecord> batch = new ArrayList<>();
            for (int type = 0; type < 4; type++) {
                batch.add(priceType("t" + type));
            }
            for (int product = 0; product < 1000; product++) {
                batch.add(product("p" + product));
            }
            transaction.stage(batch);
            for (int type = 0; type < 4; type++) {
                batch = new ArrayList<>();
                for (int product = 0; product < 1000; product++) {
                    batch.add(price("p" + product, "t" + type, type + "." + product));
                }
                transaction.stage(batch);
            }
            transaction.resolve(problem -> { });
            counts = transaction.apply(Set.of(), MissingPolicy.KEEP, ChangeListener.NONE);
            transaction.commit();
        }

        assertEquals(Map.of(EntityType.PRICE_TYPE, counts(4, 0, 0, 0), EntityType.PRODUCT, counts(1000, 0, 0, 0),
                EntityType.PRICE, counts(4000, 0, 0, 0)), counts);
        assertEquals("{\"offer\":\"p999\",\"priceType\":\"t3\",\"amount\":3.999}",
                stored(EntityType.PRICE, "p999|t3").payload());
        assertEquals(5004, sqlLong("SELECT count(*) FROM onecsync_entity"));
    }

    @Test
    default void changeEventsFollowStagingOrderWithinAnEntity() {
        importRecords(product("p1"), product("p2"), product("p3"));

        Outcome outcome = importRecords(product("p4"), product("p1", "renamed"), product("p2"),
                deleted(product("p3")));

        assertEquals(Map.of(EntityType.PRODUCT, counts(1, 1, 1, 1)), outcome.counts());
        assertEquals(List.of(
                new ChangeEvent(EntityType.PRODUCT, "p4", ChangeKind.CREATED),
                new ChangeEvent(EntityType.PRODUCT, "p1", ChangeKind.UPDATED),
                new ChangeEvent(EntityType.PRODUCT, "p3", ChangeKind.DELETED)), outcome.events());
    }

    @Test
    default void dryPlanWritesNothing() throws Exception {
        importRecords(product("p1"), product("p2"));
        List<StoredRecord> before = dump();
        long session = store().openSession(new SessionStart("catalog", "test", true, STARTED));
        Map<EntityType, EntityCounts> planned;
        try (StoreTransaction transaction = store().begin(session)) {
            transaction.stage(List.of(product("p1", "renamed"), product("p3")));
            transaction.resolve(problem -> { });
            planned = transaction.plan(Set.of(EntityType.PRODUCT), MissingPolicy.DELETE);
        }

        assertEquals(Map.of(EntityType.PRODUCT, counts(1, 1, 0, 1)), planned);
        assertEquals(before, dump());
        assertEquals(0, sqlLong("SELECT count(*) FROM onecsync_entity WHERE session_id = " + session));
    }

    @Test
    default void planCountsWhatApplyDoes() {
        importRecords(product("p1"), product("p2"), product("p3"), priceType("t1"), price("p1", "t1", "1"));
        List<StagedRecord> next = List.of(product("p1", "renamed"), deleted(product("p2")), product("p4"),
                price("p1", "t1", "2"), price("p4", "t1", "3"), price("p5", "t1", "4"));
        Set<EntityType> complete = Set.of(EntityType.PRODUCT, EntityType.PRICE);
        long session = store().openSession(new SessionStart("all", "test", true, STARTED));
        Map<EntityType, EntityCounts> planned;
        try (StoreTransaction transaction = store().begin(session)) {
            transaction.stage(next);
            transaction.resolve(problem -> { });
            planned = transaction.plan(complete, MissingPolicy.DEACTIVATE);
        }

        Outcome applied = importRecords(complete, MissingPolicy.DEACTIVATE, next);

        assertEquals(Map.of(EntityType.PRODUCT, counts(1, 1, 0, 2), EntityType.PRICE, counts(1, 1, 0, 0)), planned);
        assertEquals(planned, applied.counts());
    }

    @Test
    default void rollbackLeavesTheStoreAsItWas() throws Exception {
        importRecords(product("p1"), priceType("t1"), price("p1", "t1", "1"));
        List<StoredRecord> before = dump();
        long session = store().openSession(new SessionStart("all", "test", false, STARTED));
        try (StoreTransaction transaction = store().begin(session)) {
            transaction.stage(List.of(product("p1", "renamed"), product("p2"), price("p1", "t1", "2")));
            transaction.resolve(problem -> { });
            transaction.apply(Set.of(EntityType.PRICE_TYPE), MissingPolicy.DELETE, ChangeListener.NONE);
        }

        assertEquals(before, dump());
        assertEquals(0, sqlLong("SELECT count(*) FROM onecsync_price_history"));
    }

    @Test
    default void listenerFailureAbortsTheImport() {
        long session = store().openSession(new SessionStart("catalog", "test", false, STARTED));
        IllegalStateException stop = new IllegalStateException("the shop refused p2");
        try (StoreTransaction transaction = store().begin(session)) {
            transaction.stage(List.of(product("p1"), product("p2")));
            transaction.resolve(problem -> { });
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> transaction.apply(Set.of(), MissingPolicy.KEEP, event -> {
                        if (event.key().equals("p2")) {
                            throw stop;
                        }
                    }));
            assertSame(stop, thrown);
        }

        assertEquals(List.of(), dump());
        assertFalse(store().hasCatalog());
    }
}
