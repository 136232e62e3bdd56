package org.onecsync.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onecsync.jdbi.Samples.DRESS;
import static org.onecsync.jdbi.Samples.DRESS_42;
import static org.onecsync.jdbi.Samples.DRESS_MAIN;
import static org.onecsync.jdbi.Samples.DRESS_RETAIL;
import static org.onecsync.jdbi.Samples.DRESS_TOTAL;
import static org.onecsync.jdbi.Samples.PLAIN;
import static org.onecsync.jdbi.Samples.PLAIN_BULK;
import static org.onecsync.jdbi.Samples.hash;
import static org.onecsync.jdbi.Samples.row;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecsync.codec.RecordCodec;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityId;
import org.onecsync.model.EntityType;
import org.onecsync.model.Offer;
import org.onecsync.model.OfferKey;
import org.onecsync.model.Price;
import org.onecsync.model.PriceKey;
import org.onecsync.model.Product;
import org.onecsync.model.RecordKey;
import org.onecsync.model.Stock;
import org.onecsync.model.StockKey;
import org.onecsync.store.Change;
import org.onecsync.store.ChangeKind;
import org.onecsync.store.Deferred;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.ImportTransaction;
import org.onecsync.store.PriceChange;
import org.onecsync.store.Problem;
import org.onecsync.store.SessionRecord;
import org.onecsync.store.SessionResult;
import org.onecsync.store.SessionStatus;
import org.onecsync.store.StoreException;
import org.onecsync.store.StoredKey;
import org.onecsync.store.StoredState;
import org.onecsync.store.WriteRow;

/** The import transaction: typed batches written, looked up, paged and committed or rolled back. */
interface TransactionContract extends StoreContract {

    @Test
    default void everyEntityRoundTripsThroughItsColumns() {
        try (ImportTransaction transaction = begin()) {
            for (EntityType type : EntityType.values()) {
                List<CatalogRecord> records = Samples.of(type);
                if (records.isEmpty()) {
                    continue;
                }
                transaction.insert(type, records.stream().map(Samples::row).toList());
                Map<RecordKey, CatalogRecord> expected = byKey(records);

                assertEquals(expected, transaction.records(type, expected.keySet()), type.jsonName());
            }
        }
    }

    @Test
    default void lookupSeesOwnWritesWithHashOrNarrowRecord() {
        try (ImportTransaction transaction = begin()) {
            transaction.insert(EntityType.PRODUCT, List.of(row(DRESS), row(PLAIN, false)));
            transaction.insert(EntityType.PRICE, List.of(row(DRESS_RETAIL), row(PLAIN_BULK)));
            transaction.insert(EntityType.STOCK, List.of(row(DRESS_TOTAL), row(DRESS_MAIN, false)));

            assertEquals(Map.of(new EntityId("p1"), new StoredState(true, hash(DRESS), null),
                            new EntityId("p2"), new StoredState(false, hash(PLAIN), null)),
                    transaction.lookup(EntityType.PRODUCT,
                            List.of(new EntityId("p1"), new EntityId("p2"), new EntityId("nope"))));
            assertEquals(Map.of(DRESS_RETAIL.recordKey(), new StoredState(true, 0, DRESS_RETAIL),
                            PLAIN_BULK.recordKey(), new StoredState(true, 0, PLAIN_BULK)),
                    transaction.lookup(EntityType.PRICE, List.of(DRESS_RETAIL.recordKey(), PLAIN_BULK.recordKey(),
                            new PriceKey(new OfferKey("p1", null), "t1"))));
            assertEquals(Map.of(new StockKey(new OfferKey("p1", "v42"), null), new StoredState(true, 0, DRESS_TOTAL),
                            new StockKey(new OfferKey("p1", "v42"), "w1"), new StoredState(false, 0, DRESS_MAIN)),
                    transaction.lookup(EntityType.STOCK, List.of(new StockKey(new OfferKey("p1", "v42"), null),
                            new StockKey(new OfferKey("p1", "v42"), "w1"), new StockKey(new OfferKey("p1", null), null))));
            assertEquals(Map.of(), transaction.lookup(EntityType.OFFER, List.of(new OfferKey("p1", "v42"))));
        }
    }

    @Test
    default void updateReplacesEveryColumnAndDeactivateKeepsContent() throws Exception {
        Product renamed = new Product("p1", null, "Платье новое", null, List.of(), null, null, null, null, List.of(),
                List.of(), List.of(), List.of(), List.of(), null, true);
        Price cheaper = new Price(DRESS_RETAIL.offer(), "t1", new BigDecimal("10.5"), null, null, null);
        try (ImportTransaction transaction = begin()) {
            transaction.insert(EntityType.PRODUCT, List.of(row(DRESS), row(PLAIN)));
            transaction.insert(EntityType.PRICE, List.of(row(DRESS_RETAIL)));
            transaction.update(EntityType.PRODUCT, List.of(row(renamed, false)));
            transaction.update(EntityType.PRICE, List.of(row(cheaper)));
            transaction.deactivate(EntityType.PRODUCT, List.of(new EntityId("p2")));

            assertEquals(Map.of(new EntityId("p1"), renamed, new EntityId("p2"), PLAIN),
                    transaction.records(EntityType.PRODUCT, List.of(new EntityId("p1"), new EntityId("p2"))));
            assertEquals(Map.of(new EntityId("p1"), new StoredState(false, hash(renamed), null),
                            new EntityId("p2"), new StoredState(false, hash(PLAIN), null)),
                    transaction.lookup(EntityType.PRODUCT, List.of(new EntityId("p1"), new EntityId("p2"))));
            assertEquals(Map.of(cheaper.recordKey(), new StoredState(true, 0, cheaper)),
                    transaction.lookup(EntityType.PRICE, List.of(cheaper.recordKey())));

            transaction.delete(EntityType.PRODUCT, List.of(new EntityId("p1")));
            transaction.delete(EntityType.PRICE, List.of(cheaper.recordKey()));
            assertEquals(Map.of(), transaction.lookup(EntityType.PRODUCT, List.of(new EntityId("p1"))));
            assertEquals(Map.of(), transaction.lookup(EntityType.PRICE, List.of(cheaper.recordKey())));
            transaction.commit(succeeded());
        }
        assertEquals(List.of(List.of("p2", "0")),
                sqlRows(url(), "SELECT id, CASE WHEN active THEN 1 ELSE 0 END FROM onecsync_product"));
    }

    @Test
    default void rowsCarryTheSessionAndTimeOfTheImport() throws Exception {
        long session = openSession();
        try (ImportTransaction transaction = store().begin(session, NOW)) {
            transaction.insert(EntityType.OFFER, List.of(row(DRESS_42)));
            transaction.insert(EntityType.STOCK, List.of(row(DRESS_TOTAL)));
            transaction.commit(succeeded());
        }
        String time = postgres() ? "to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
                : "updated_at";
        assertEquals(List.of(List.of(Long.toString(session), "2026-11-22T10:16:00.123456Z")),
                sqlRows(url(), "SELECT session_id, " + time + " FROM onecsync_offer"));
        assertEquals(List.of(List.of("p1", "v42", "", "12")),
                sqlRows(url(), "SELECT product_id, variant_id, warehouse_id, quantity FROM onecsync_stock"));
    }

    @Test
    default void batchesOfTwoThousandKeysAreOneStatementEach() {
        List<WriteRow> rows = new ArrayList<>();
        List<RecordKey> keys = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            Price price = new Price(new OfferKey("p" + i, i % 2 == 0 ? null : "v" + i), "t" + (i % 3),
                    new BigDecimal(i + ".25"), "RUB", null, null);
            rows.add(row(price));
            keys.add(price.recordKey());
        }
        try (ImportTransaction transaction = begin()) {
            transaction.insert(EntityType.PRICE, rows);
            assertEquals(2000, transaction.lookup(EntityType.PRICE, keys).size());
            transaction.update(EntityType.PRICE, rows.stream().map(row -> row(row.record(), false)).toList());
            assertTrue(transaction.lookup(EntityType.PRICE, keys).values().stream().noneMatch(StoredState::active));
            transaction.deactivate(EntityType.PRICE, keys);
            assertEquals(2000, transaction.records(EntityType.PRICE, keys).size());
            transaction.delete(EntityType.PRICE, keys);
            assertEquals(Map.of(), transaction.lookup(EntityType.PRICE, keys));
        }
    }

    @Test
    default void keysAfterPagesInKeyTextByteOrder() {
        // Product ids with characters below '#' and code points whose UTF-16 order differs from UTF-8's.
        List<String> products = List.of("p", "p!", "p 1", "q", "é", "\uFF21", "\uD83D\uDE00", "Я");
        List<String> variants = Arrays.asList(null, "a", "b#c", "\uD83D\uDE00");
        List<Offer> offers = new ArrayList<>();
        List<Price> prices = new ArrayList<>();
        List<Stock> stock = new ArrayList<>();
        List<Product> productRows = new ArrayList<>();
        for (String product : products) {
            productRows.add(product(product));
            productRows.add(product(product + "#x"));
            for (String variant : variants) {
                OfferKey key = new OfferKey(product, variant);
                offers.add(new Offer(key, "o", null, null, null, List.of(), List.of(), null, false));
                for (String type : List.of("t", "t!", "t\uFF21")) {
                    prices.add(new Price(key, type, BigDecimal.ONE, null, null, null));
                }
                for (String warehouse : Arrays.asList(null, "w", " w")) {
                    stock.add(new Stock(key, warehouse, BigDecimal.TEN));
                }
            }
        }
        try (ImportTransaction transaction = begin()) {
            transaction.insert(EntityType.PRODUCT, productRows.stream().map(Samples::row).toList());
            transaction.insert(EntityType.OFFER, offers.stream().map(Samples::row).toList());
            transaction.insert(EntityType.PRICE, prices.stream().map(Samples::row).toList());
            transaction.insert(EntityType.STOCK, stock.stream().map(Samples::row).toList());
            transaction.deactivate(EntityType.OFFER, List.of(new OfferKey("q", "a")));

            for (EntityType type : List.of(EntityType.PRODUCT, EntityType.OFFER, EntityType.PRICE, EntityType.STOCK)) {
                List<RecordKey> expected = new ArrayList<>(
                        (type == EntityType.PRODUCT ? productRows : type == EntityType.OFFER ? offers
                                : type == EntityType.PRICE ? prices : stock).stream()
                                .map(CatalogRecord::recordKey).toList());
                expected.sort((a, b) -> Arrays.compareUnsigned(a.text().getBytes(StandardCharsets.UTF_8),
                        b.text().getBytes(StandardCharsets.UTF_8)));

                List<StoredKey> paged = pageAll(transaction, type, null, 7);
                assertEquals(expected, paged.stream().map(StoredKey::key).toList(), type.jsonName());
                // Starting after a key that was not the last of a page reads on from there.
                RecordKey middle = expected.get(expected.size() / 2);
                assertEquals(expected.subList(expected.size() / 2 + 1, expected.size()),
                        pageAll(transaction, type, middle, 5).stream().map(StoredKey::key).toList());
            }
            assertEquals(List.of(new StoredKey(new OfferKey("q", "a"), false)),
                    pageAll(transaction, EntityType.OFFER, null, 100).stream()
                            .filter(key -> !key.active()).toList());
        }
    }

    @Test
    default void keysAfterContinuesWhileTheMissingPolicyWritesBetweenPages() {
        List<WriteRow> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(row(new Stock(new OfferKey("p" + (char) ('a' + i % 26) + i, null), null, BigDecimal.ONE)));
        }
        try (ImportTransaction transaction = begin()) {
            transaction.insert(EntityType.STOCK, rows);
            List<RecordKey> seen = new ArrayList<>();
            RecordKey after = null;
            while (true) {
                List<StoredKey> page = transaction.keysAfter(EntityType.STOCK, after, 8);
                if (page.isEmpty()) {
                    break;
                }
                List<RecordKey> keys = page.stream().map(StoredKey::key).toList();
                seen.addAll(keys);
                // Deactivate half of each page and delete the other half, as a full package's missing rows.
                transaction.deactivate(EntityType.STOCK, keys.subList(0, keys.size() / 2));
                transaction.delete(EntityType.STOCK, keys.subList(keys.size() / 2, keys.size()));
                transaction.lookup(EntityType.STOCK, keys);
                after = keys.get(keys.size() - 1);
            }
            assertEquals(50, seen.size());
            assertEquals(25, pageAll(transaction, EntityType.STOCK, null, 100).stream()
                    .filter(key -> !key.active()).count());
        }
    }

    @Test
    default void changesAreAppendedWithTypedKeysAndPreviousRecords() throws Exception {
        long session = openSession();
        try (ImportTransaction transaction = store().begin(session, NOW)) {
            assertEquals(0, transaction.lastSeq());
            transaction.appendChanges(List.of(
                    new Change(1, session, EntityType.PRODUCT, new EntityId("p1"), ChangeKind.CREATED, null),
                    new Change(2, session, EntityType.OFFER, new OfferKey("p1", "v42"), ChangeKind.UPDATED, DRESS_42),
                    new Change(3, session, EntityType.PRICE, DRESS_RETAIL.recordKey(), ChangeKind.DEACTIVATED,
                            DRESS_RETAIL),
                    new Change(4, session, EntityType.STOCK, DRESS_TOTAL.recordKey(), ChangeKind.DELETED,
                            DRESS_TOTAL)));
            assertEquals(4, transaction.lastSeq());
            transaction.commit(succeeded());
        }
        List<List<String>> rows = sqlRows(url(), "SELECT seq, session_id, entity, record_id, variant_id,"
                + " price_type_id, warehouse_id, kind, previous FROM onecsync_change ORDER BY seq");
        String s = Long.toString(session);
        assertEquals(List.of(
                Arrays.asList("1", s, "products", "p1", null, null, null, "created", null),
                Arrays.asList("2", s, "offers", "p1", "v42", null, null, "updated"),
                Arrays.asList("3", s, "prices", "p1", "v42", "t1", null, "deactivated"),
                Arrays.asList("4", s, "stocks", "p1", "v42", null, "", "deleted")),
                rows.stream().map(row -> row.get(0).equals("1") ? row : row.subList(0, 8)).toList());
        assertEquals(DRESS_42, RecordCodec.fromJson(EntityType.OFFER, rows.get(1).get(8)));
        assertEquals(DRESS_RETAIL, RecordCodec.fromJson(EntityType.PRICE, rows.get(2).get(8)));
        assertEquals(DRESS_TOTAL, RecordCodec.fromJson(EntityType.STOCK, rows.get(3).get(8)));
        try (ImportTransaction transaction = begin()) {
            assertEquals(4, transaction.lastSeq());
        }
    }

    @Test
    default void priceHistoryIsTyped() throws Exception {
        long session = openSession();
        try (ImportTransaction transaction = store().begin(session, NOW)) {
            transaction.appendPriceHistory(List.of(
                    new PriceChange((PriceKey) DRESS_RETAIL.recordKey(), new BigDecimal("1990.50"), new BigDecimal("10.5"),
                            session, NOW),
                    new PriceChange((PriceKey) PLAIN_BULK.recordKey(), new BigDecimal("1"), new BigDecimal("0.000001"),
                            session, NOW)));
            transaction.commit(succeeded());
        }
        assertEquals(List.of(List.of("p1", "v42", "t1", "1990.50", "10.5", Long.toString(session)),
                        List.of("p2", "", "t2", "1", "0.000001", Long.toString(session))),
                sqlRows(url(), "SELECT product_id, variant_id, price_type_id, old_amount, new_amount, session_id"
                        + " FROM onecsync_price_history ORDER BY id"));
    }

    @Test
    default void deferredRecordsDrainInOrderPerEntityAndOnlyOnce() {
        List<Deferred> offers = new ArrayList<>();
        List<Deferred> prices = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            offers.add(new Deferred(new Offer(new OfferKey("p" + (9 - i), null), "o" + i, null, null, null, List.of(),
                    List.of(), null, false), "offers.xml", 10 + i));
            prices.add(new Deferred(new Price(new OfferKey("p" + i, null), "t", BigDecimal.valueOf(i), null, null,
                    null), i % 2 == 0 ? null : "prices.xml", 20 + i));
        }
        try (ImportTransaction transaction = begin()) {
            transaction.drainDeferred(EntityType.OFFER, 2, batch -> {
                throw new AssertionError("nothing parked yet");
            });
            transaction.defer(List.of(offers.get(0), prices.get(0), offers.get(1)));
            transaction.defer(List.of(prices.get(1), offers.get(2), offers.get(3), offers.get(4)));
            transaction.defer(prices.subList(2, 5));

            List<List<Deferred>> batches = new ArrayList<>();
            transaction.drainDeferred(EntityType.OFFER, 2, batch -> {
                batches.add(batch);
                // Parking again while draining: read by the next drain, not this one.
                transaction.defer(List.of(new Deferred(batch.get(0).record(), "again.xml", 1)));
                transaction.insert(EntityType.OFFER, List.of(row(batch.get(0).record())));
            });
            assertEquals(List.of(offers.subList(0, 2), offers.subList(2, 4), offers.subList(4, 5)), batches);

            List<Deferred> again = new ArrayList<>();
            transaction.drainDeferred(EntityType.OFFER, 100, again::addAll);
            assertEquals(List.of(new Deferred(offers.get(0).record(), "again.xml", 1),
                    new Deferred(offers.get(2).record(), "again.xml", 1),
                    new Deferred(offers.get(4).record(), "again.xml", 1)), again);
            transaction.drainDeferred(EntityType.OFFER, 100, batch -> {
                throw new AssertionError("drained twice: " + batch);
            });

            List<Deferred> drainedPrices = new ArrayList<>();
            transaction.drainDeferred(EntityType.PRICE, 10, drainedPrices::addAll);
            assertEquals(prices, drainedPrices);
            transaction.commit(succeeded());
        }
        // The parking table lived in the transaction only: a new import starts without it.
        try (ImportTransaction transaction = begin()) {
            transaction.drainDeferred(EntityType.OFFER, 10, batch -> {
                throw new AssertionError("left over: " + batch);
            });
            transaction.defer(List.of(offers.get(0)));
            List<Deferred> drained = new ArrayList<>();
            transaction.drainDeferred(EntityType.OFFER, 10, drained::addAll);
            assertEquals(List.of(offers.get(0)), drained);
        }
    }

    @Test
    default void commitWritesTheSessionsEndInTheSameTransaction() throws Exception {
        long session = openSession();
        Map<EntityType, EntityCounts> counts = Map.of(EntityType.PRODUCT, new EntityCounts(2, 0, 0, 0, 1));
        List<Problem> problems = List.of(new Problem(EntityType.PRODUCT, "bad", "import.xml", 7, "too long"));
        try (ImportTransaction transaction = store().begin(session, NOW)) {
            transaction.insert(EntityType.PRODUCT, List.of(row(DRESS), row(PLAIN)));
            // Not visible to others before the commit: neither the rows nor the session's end.
            assertEquals(0, sqlLong("SELECT count(*) FROM onecsync_product"));
            transaction.commit(new SessionResult(SessionStatus.PARTIAL, STARTED.plusSeconds(9), counts, problems, 1,
                    null));
        }
        assertEquals(2, sqlLong("SELECT count(*) FROM onecsync_product"));
        assertEquals(List.of(new SessionRecord(session, "all", "test", false, SessionStatus.PARTIAL, STARTED,
                STARTED.plusSeconds(9), counts, problems, 1, null)), store().sessions().recent(1));
    }

    @Test
    default void commitOfAnUnknownSessionFailsAndWritesNothing() throws Exception {
        try (ImportTransaction transaction = store().begin(424242, NOW)) {
            transaction.insert(EntityType.PRODUCT, List.of(row(DRESS)));
            StoreException refused = assertThrows(StoreException.class, () -> transaction.commit(succeeded()));
            assertEquals("cannot record the end of session 424242: the store has no such session",
                    refused.getMessage());
        }
        assertEquals(0, sqlLong("SELECT count(*) FROM onecsync_product"));
    }

    @Test
    default void closeWithoutCommitRollsBackEverything() throws Exception {
        long session = openSession();
        try (ImportTransaction transaction = store().begin(session, NOW)) {
            for (CatalogRecord record : Samples.ALL) {
                transaction.insert(record.type(), List.of(row(record)));
            }
            transaction.appendChanges(List.of(
                    new Change(1, session, EntityType.PRODUCT, new EntityId("p1"), ChangeKind.CREATED, null)));
            transaction.appendPriceHistory(List.of(new PriceChange((PriceKey) DRESS_RETAIL.recordKey(), BigDecimal.ONE,
                    BigDecimal.TEN, session, NOW)));
            transaction.defer(List.of(new Deferred(DRESS, "a.xml", 1)));
        }
        for (String table : List.of("unit", "warehouse", "price_type", "category", "property", "product", "offer",
                "price", "stock", "counterparty", "change", "price_history")) {
            assertEquals(0, sqlLong("SELECT count(*) FROM onecsync_" + table), table);
        }
        assertEquals(SessionStatus.RUNNING, store().sessions().recent(1).get(0).status());
    }

    @Test
    default void anEndedTransactionRefusesWork() {
        ImportTransaction transaction = begin();
        transaction.commit(succeeded());
        assertThrows(IllegalStateException.class, () -> transaction.insert(EntityType.PRODUCT, List.of(row(DRESS))));
        assertThrows(IllegalStateException.class, () -> transaction.commit(succeeded()));
        transaction.close();
        transaction.close();
    }

    private static Product product(String id) {
        return new Product(id, null, "n", null, List.of(), null, null, null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), null, false);
    }

    private static List<StoredKey> pageAll(ImportTransaction transaction, EntityType type, RecordKey from,
                                           int limit) {
        List<StoredKey> all = new ArrayList<>();
        RecordKey after = from;
        while (true) {
            List<StoredKey> page = transaction.keysAfter(type, after, limit);
            all.addAll(page);
            if (page.size() < limit) {
                return all;
            }
            after = page.get(page.size() - 1).key();
        }
    }

    private static Map<RecordKey, CatalogRecord> byKey(Collection<CatalogRecord> records) {
        Map<RecordKey, CatalogRecord> map = new LinkedHashMap<>();
        records.forEach(record -> map.put(record.recordKey(), record));
        return map;
    }
}
