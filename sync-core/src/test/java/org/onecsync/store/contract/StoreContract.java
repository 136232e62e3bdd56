package org.onecsync.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onecsync.store.contract.Records.category;
import static org.onecsync.store.contract.Records.counterparty;
import static org.onecsync.store.contract.Records.deletedProduct;
import static org.onecsync.store.contract.Records.dictionary;
import static org.onecsync.store.contract.Records.offer;
import static org.onecsync.store.contract.Records.price;
import static org.onecsync.store.contract.Records.priceType;
import static org.onecsync.store.contract.Records.product;
import static org.onecsync.store.contract.Records.stock;
import static org.onecsync.store.contract.Records.warehouse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onecsync.catalog.CatalogOffer;
import org.onecsync.catalog.OfferPrice;
import org.onecsync.catalog.StockLevels;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.DictionaryValue;
import org.onecsync.model.EntityId;
import org.onecsync.model.EntityType;
import org.onecsync.model.OfferKey;
import org.onecsync.model.PriceKey;
import org.onecsync.model.PropertyValue;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.Change;
import org.onecsync.store.ChangeEvent;
import org.onecsync.store.ChangeKind;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.ImportLock;
import org.onecsync.store.ImportLockedException;
import org.onecsync.store.MissingPolicy;
import org.onecsync.store.PriceChange;
import org.onecsync.store.SessionStatus;
import org.onecsync.store.StoredRecord;
import org.onecsync.sync.ImportFailedException;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.ImportReport;
import org.onecsync.sync.SyncEngine;

/**
 * What every store gives through the engine: counts, writes, references, duplicates, deletion marks, the
 * missing policy, price history, the change feed, dry runs, rollback and the reader. A store's test class
 * extends this and supplies a fresh, empty store per test.
 */
public abstract class StoreContract {

    /** A fresh, empty store for one test; the subclass closes it. */
    protected abstract CatalogStore store();

    private ImportReport run(TestExport export, ImportOptions options) {
        return SyncEngine.builder(store()).parsers(TestExport.parsers()).build().importExport(export.source(),
                options);
    }

    private ImportReport run(CatalogRecord... records) {
        return run(TestExport.partial(records), ImportOptions.defaults());
    }

    private static EntityCounts counts(long created, long updated, long unchanged, long deleted, long skipped) {
        return new EntityCounts(created, updated, unchanged, deleted, skipped);
    }

    private List<StoredRecord> dump() {
        List<StoredRecord> rows = new ArrayList<>();
        store().dump(rows::add);
        return rows;
    }

    private List<Change> feed() {
        return store().changes().after(0, 1_000_000);
    }

    private static CatalogRecord[] catalog() {
        return new CatalogRecord[] {priceType("t1", "Розница"), warehouse("w1", "Главный"), category("c1", null, "Чай"),
            product("p1", "Tea"), product("p2", "Coffee"), offer("p1", "a", "Tea 100 g"),
            price("p1", "a", "t1", "10.50"), price("p2", null, "t1", "7"), stock("p1", "a", "w1", "3"),
            stock("p2", null, null, "12")};
    }

    @Test
    public void firstImportCreatesEveryRowAndFeedsEachOnce() {
        ImportReport report = run(catalog());

        assertEquals(SessionStatus.SUCCEEDED, report.status());
        assertEquals(counts(2, 0, 0, 0, 0), report.counts(EntityType.PRODUCT));
        assertEquals(counts(1, 0, 0, 0, 0), report.counts(EntityType.OFFER));
        assertEquals(counts(2, 0, 0, 0, 0), report.counts(EntityType.PRICE));
        assertEquals(counts(2, 0, 0, 0, 0), report.counts(EntityType.STOCK));
        List<Change> feed = feed();
        assertEquals(10, feed.size());
        for (int i = 0; i < feed.size(); i++) {
            assertEquals(i + 1, feed.get(i).seq());
            assertEquals(ChangeKind.CREATED, feed.get(i).kind());
            assertEquals(report.sessionId(), feed.get(i).session());
        }
        assertEquals(10, store().changes().lastSeq());
        assertEquals(List.of("categories c1", "offers p1#a", "priceTypes t1", "prices p1#a|t1", "prices p2|t1",
                "products p1", "products p2", "stocks p1#a|w1", "stocks p2|", "warehouses w1"),
                dump().stream().map(r -> r.entity().jsonName() + " " + r.key()).toList());
    }

    @Test
    public void reimportChangesNothingAndFeedsNothing() {
        run(catalog());
        List<StoredRecord> before = dump();

        ImportReport again = run(catalog());

        assertEquals(counts(0, 0, 2, 0, 0), again.counts(EntityType.PRODUCT));
        assertEquals(counts(0, 0, 2, 0, 0), again.counts(EntityType.PRICE));
        assertEquals(before, dump());
        assertEquals(10, store().changes().lastSeq());
        List<PriceChange> history = new ArrayList<>();
        store().priceHistory(history::add);
        assertEquals(List.of(), history);
    }

    @Test
    public void amountsCompareByValueAndAChangeAppendsHistory() {
        run(catalog());

        ImportReport second = run(price("p1", "a", "t1", "10.5"), price("p2", null, "t1", "8.00"));

        assertEquals(counts(0, 1, 1, 0, 0), second.counts(EntityType.PRICE));
        List<PriceChange> history = new ArrayList<>();
        store().priceHistory(history::add);
        assertEquals(1, history.size());
        assertEquals(new PriceKey(new OfferKey("p2", null), "t1"), history.get(0).key());
        assertEquals(0, new BigDecimal("7").compareTo(history.get(0).oldAmount()));
        assertEquals(0, new BigDecimal("8").compareTo(history.get(0).newAmount()));
        Change last = feed().get(feed().size() - 1);
        assertEquals(ChangeKind.UPDATED, last.kind());
        assertEquals(new PriceKey(new OfferKey("p2", null), "t1"), last.key());
        assertEquals(price("p2", null, "t1", "7"), last.previous());
    }

    @Test
    public void unknownReferencesAreSkippedWithTheirReasonAndLine() {
        ImportReport report = run(priceType("t1", "Розница"), product("p1", "Tea"), offer("zz", "a", "Orphan"),
                price("p1", null, "t9", "1"), price("p7", null, "t1", "1"), stock("p1", null, "w9", "1"));

        assertEquals(SessionStatus.PARTIAL, report.status());
        assertEquals(4, report.problemCount());
        assertEquals(List.of(
                "offers zz#a 3 offer refers to product zz, which the store does not know",
                "prices p1|t9 4 price refers to price type t9, which the store does not know",
                "prices p7|t1 5 price refers to offer p7, which the store does not know",
                "stocks p1|w9 6 stock refers to warehouse w9, which the store does not know"),
                report.problems().stream().map(p -> p.entity().jsonName() + " " + p.key() + " " + p.line() + " "
                        + p.reason()).toList());
        assertEquals(counts(0, 0, 0, 0, 1), report.counts(EntityType.OFFER));
    }

    @Test
    public void filesAreAppliedInDependencyOrderWhateverTheirOrder() {
        TestExport export = TestExport.of()
                .file("a-prices.xml", false, price("p1", "a", "t1", "5"), stock("p1", "a", "w1", "2"))
                .file("b-offers.xml", false, offer("p1", "a", "Tea 100 g"))
                .file("c-goods.xml", false, product("p1", "Tea"))
                .file("d-classifier.xml", false, priceType("t1", "Розница"), warehouse("w1", "Главный"));

        ImportReport report = run(export, ImportOptions.defaults().withBatchSize(1));

        assertEquals(SessionStatus.SUCCEEDED, report.status(), report.problems().toString());
        assertEquals(counts(1, 0, 0, 0, 0), report.counts(EntityType.PRICE));
        assertEquals(counts(1, 0, 0, 0, 0), report.counts(EntityType.STOCK));
    }

    @Test
    public void duplicatesCountOnceAndTheLastReadWins() {
        run(product("p1", "Tea"));

        ImportReport report = run(TestExport.of().file("1.xml", false, product("p1", "Tea"), product("p2", "A"))
                .file("2.xml", false, product("p1", "Green tea"), product("p2", "B")),
                ImportOptions.defaults().withBatchSize(1));

        assertEquals(counts(1, 1, 0, 0, 0), report.counts(EntityType.PRODUCT));
        assertEquals("Green tea", store().reader().product("p1").orElseThrow().record().name());
        assertEquals("B", store().reader().product("p2").orElseThrow().record().name());
    }

    @Test
    public void aDeletedProductDeactivatesItsOffersPricesAndStockUntilItComesBack() {
        run(catalog());

        ImportReport deleted = run(deletedProduct("p2", "Coffee"));

        assertEquals(counts(0, 0, 0, 1, 0), deleted.counts(EntityType.PRODUCT));
        assertEquals(ChangeKind.DEACTIVATED, feed().get(feed().size() - 1).kind());
        assertFalse(store().reader().product("p2").orElseThrow().active());
        List<CatalogOffer> offers = store().reader().offers("p2");
        assertEquals(1, offers.size());
        assertFalse(offers.get(0).active());
        assertFalse(store().reader().prices(new OfferKey("p2", null)).get(0).active());

        ImportReport back = run(product("p2", "Coffee"));

        assertEquals(counts(0, 1, 0, 0, 0), back.counts(EntityType.PRODUCT));
        assertTrue(store().reader().prices(new OfferKey("p2", null)).get(0).active());
    }

    @Test
    public void onlyACompletePackageRemovesWhatItNoLongerHolds() {
        run(TestExport.of().file("goods.xml", true, product("p1", "Tea"), product("p2", "Coffee")),
                ImportOptions.defaults());

        ImportReport partial = run(TestExport.of().file("goods.xml", false, product("p1", "Tea")),
                ImportOptions.defaults().withMissingPolicy(MissingPolicy.DEACTIVATE));
        assertEquals(counts(0, 0, 1, 0, 0), partial.counts(EntityType.PRODUCT));

        ImportReport complete = run(TestExport.of().file("goods.xml", true, product("p1", "Tea")),
                ImportOptions.defaults().withMissingPolicy(MissingPolicy.DEACTIVATE));
        assertEquals(counts(0, 0, 1, 1, 0), complete.counts(EntityType.PRODUCT));
        assertFalse(store().reader().product("p2").orElseThrow().active());
        assertEquals(ChangeKind.DEACTIVATED, feed().get(feed().size() - 1).kind());

        ImportReport delete = run(TestExport.of().file("goods.xml", true, product("p1", "Tea")),
                ImportOptions.defaults().withMissingPolicy(MissingPolicy.DELETE));
        assertEquals(counts(0, 0, 1, 1, 0), delete.counts(EntityType.PRODUCT));
        assertTrue(store().reader().product("p2").isEmpty());
        Change last = feed().get(feed().size() - 1);
        assertEquals(ChangeKind.DELETED, last.kind());
        assertEquals(new EntityId("p2"), last.key());
        assertEquals("Coffee", ((org.onecsync.model.Product) last.previous()).name());
    }

    @Test
    public void dryRunCountsLikeARealRunAndWritesNothing() {
        ImportReport dry = run(TestExport.partial(catalog()), ImportOptions.defaults().withDryRun(true));

        assertTrue(dry.dryRun());
        assertEquals(counts(2, 0, 0, 0, 0), dry.counts(EntityType.PRODUCT));
        assertEquals(List.of(), dump());
        assertEquals(0, store().changes().lastSeq());
        assertTrue(store().sessions().recent(1).get(0).dryRun());
        assertEquals(SessionStatus.SUCCEEDED, store().sessions().recent(1).get(0).status());
    }

    @Test
    public void aFailingImportLeavesDataAndFeedAsTheyWere() {
        run(catalog());
        List<StoredRecord> before = dump();
        SyncEngine failing = SyncEngine.builder(store()).parsers(TestExport.parsers()).listener(event -> {
            throw new IllegalStateException("listener refused " + event.key().text());
        }).build();

        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> failing.importExport(
                TestExport.partial(product("p1", "Changed")).source(), ImportOptions.defaults()));

        assertTrue(failure.getMessage().contains("listener refused p1"), failure.getMessage());
        assertEquals(before, dump());
        assertEquals(10, store().changes().lastSeq());
        assertEquals(SessionStatus.FAILED, store().sessions().recent(1).get(0).status());
    }

    @Test
    public void readersOnAnotherThreadSeeOnlyTheCommittedStateWhileAnImportRuns() throws Exception {
        run(product("p1", "Tea"));
        ExecutorService readers = Executors.newSingleThreadExecutor();
        try {
            List<String> seen = new ArrayList<>();
            SyncEngine engine = SyncEngine.builder(store()).parsers(TestExport.parsers()).listener(event -> {
                // Inside the transaction, after it wrote both products.
                if (seen.isEmpty()) {
                    seen.add(readOnAnotherThread(readers));
                }
            }).build();

            engine.importExport(TestExport.partial(product("p1", "Green tea"), product("p2", "Coffee")).source(),
                    ImportOptions.defaults());

            assertEquals(List.of("p1 Tea, p2 absent, feed 1, rows 1, session running"), seen);
            assertEquals("p1 Green tea, p2 present, feed 3, rows 2, session succeeded", readOnAnotherThread(readers));
        } finally {
            readers.shutdownNow();
        }
    }

    private String readOnAnotherThread(ExecutorService readers) {
        try {
            return readers.submit(() -> "p1 " + store().reader().product("p1").orElseThrow().record().name()
                    + ", p2 " + (store().reader().product("p2").isPresent() ? "present" : "absent")
                    + ", feed " + store().changes().lastSeq() + ", rows " + dump().size()
                    + ", session " + store().sessions().recent(1).get(0).status().jsonName())
                    .get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void subscribersHearCommittedChangesWithTheRecordBeforeAndAfter() {
        run(catalog());
        List<ChangeEvent> events = new ArrayList<>();
        SyncEngine engine = SyncEngine.builder(store()).parsers(TestExport.parsers()).subscriber(events::add).build();

        engine.importExport(TestExport.partial(product("p1", "Green tea"), product("p3", "Cocoa")).source(),
                ImportOptions.defaults());

        assertEquals(2, events.size());
        assertEquals(11, events.get(0).seq());
        assertEquals(ChangeKind.UPDATED, events.get(0).kind());
        assertEquals("Green tea", ((org.onecsync.model.Product) events.get(0).record()).name());
        assertEquals("Tea", ((org.onecsync.model.Product) events.get(0).previous()).name());
        assertEquals(ChangeKind.CREATED, events.get(1).kind());
        assertNull(events.get(1).previous());
        assertEquals(List.of(11L, 12L), store().changes().after(10, 5).stream().map(Change::seq).toList());
        assertEquals(List.of(12L), store().changes().after(11, 5).stream().map(Change::seq).toList());
        assertEquals(List.of(), store().changes().after(12, 5));
    }

    @Test
    public void recordsBeyondTheStoreLimitsAreSkippedWithAReason() {
        String longId = "x".repeat(201);
        ImportReport report = run(priceType("t1", "Розница"), product("p1", "Tea"), product(longId, "Long"),
                price("p1", null, "t1", "1e309"), price("p1", null, "t1", "0.1234567"));

        assertEquals(counts(1, 0, 0, 0, 1), report.counts(EntityType.PRODUCT));
        assertEquals(counts(0, 0, 0, 0, 2), report.counts(EntityType.PRICE));
        assertEquals("id xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… is 201 characters long; ids may have at most 200",
                report.problems().get(0).reason());
        assertEquals("price 1E+309 does not fit: at most 15 digits before the decimal point and 6 after",
                report.problems().get(1).reason());
    }

    @Test
    public void theReaderAnswersNamePricesAndStockOfAProduct() {
        run(priceType("t1", "Розница"), priceType("t2", "Опт"), warehouse("w1", "Главный"),
                warehouse("w2", "Второй"), category("c0", null, "Еда"), category("c1", "c0", "Чай"),
                dictionary("color", "Цвет", new DictionaryValue("d1", "Зелёный")),
                Records.product("p1", "Tea", "SKU-1", List.of(new PropertyValue("color", "d1"),
                        new PropertyValue("weight", "100")), false),
                product("p2", "Coffee"), offer("p1", "a", "Tea 100 g"), offer("p1", "b", "Tea 200 g"),
                price("p1", "a", "t1", "10.50"), price("p1", "a", "t2", "9"), stock("p1", "a", "w1", "3"),
                stock("p1", "a", "w2", "2"), price("p2", null, "t1", "7"), stock("p2", null, null, "12"),
                counterparty("k1", "ООО Ромашка"));

        assertEquals("Tea", store().reader().productsBySku("SKU-1").get(0).record().name());
        assertEquals(List.of("p1#a", "p1#b"), store().reader().offers("p1").stream()
                .map(o -> o.key().text()).toList());
        List<CatalogOffer> own = store().reader().offers("p2");
        assertEquals(1, own.size());
        assertNull(own.get(0).offer());
        assertEquals(new OfferKey("p2", null), own.get(0).key());
        List<OfferPrice> prices = store().reader().prices(new OfferKey("p1", "a"));
        assertEquals(List.of("Розница 10.50", "Опт 9"), prices.stream()
                .map(p -> p.priceTypeName() + " " + p.amount().toPlainString()).toList());
        StockLevels stock = store().reader().stock(new OfferKey("p1", "a"));
        assertEquals(List.of("Главный 3", "Второй 2"), stock.warehouses().stream()
                .map(s -> s.warehouseName() + " " + s.quantity()).toList());
        assertEquals(0, new BigDecimal("5").compareTo(stock.total()));
        assertEquals(0, new BigDecimal("12").compareTo(store().reader().stock(new OfferKey("p2", null)).total()));
        assertEquals(List.of("Еда", "Еда / Чай"), store().reader().categories().stream()
                .map(c -> c.path()).toList());
        assertEquals(List.of("Цвет=Зелёный", "null=100"), store().reader().properties("p1").stream()
                .map(p -> p.propertyName() + "=" + p.value()).toList());
        assertEquals(List.of("p1"), store().reader().products(null, 1).stream()
                .map(p -> p.record().id()).toList());
        assertEquals(List.of("p2"), store().reader().products("p1", 5).stream()
                .map(p -> p.record().id()).toList());
        assertEquals("ООО Ромашка", store().reader().counterparty("k1").orElseThrow().record().name());
        assertEquals(2, store().reader().priceTypes().size());
        Map<org.onecsync.model.RecordKey, ?> found = store().reader().records(EntityType.PRICE,
                List.of(new PriceKey(new OfferKey("p1", "a"), "t2"), new PriceKey(new OfferKey("p1", "z"), "t2")));
        assertEquals(1, found.size());
    }

    @Test
    public void aSecondImportIsRefusedWhileTheLockIsHeld() {
        store().prepare();
        try (ImportLock lock = store().lock()) {
            ImportLockedException refused = assertThrows(ImportLockedException.class, () -> run(catalog()));
            assertTrue(refused.getMessage().startsWith("an import is already running"), refused.getMessage());
        }
        assertEquals(SessionStatus.SUCCEEDED, run(catalog()).status());
    }

    @Test
    public void aLargeReimportReadsTheStoredStatesInOneScanAndCountsExactlyAsLookUpsWould() {
        List<CatalogRecord> first = new ArrayList<>();
        first.add(priceType("t1", "Розница"));
        first.add(priceType("t2", "Опт"));
        for (int i = 0; i < 6000; i++) {
            first.add(product("p" + i, "Product " + i));
            first.add(price("p" + i, null, "t1", i + ".50"));
            first.add(price("p" + i, null, "t2", Integer.toString(i)));
        }
        run(first.toArray(CatalogRecord[]::new));
        List<CatalogRecord> second = new ArrayList<>();
        // Sent first changed, then (in a later batch, after the scan) as stored: the last one read wins.
        second.add(price("p5999", null, "t2", "1"));
        for (int i = 0; i < 6000; i++) {
            second.add(product("p" + i, i % 1000 == 999 ? "Renamed " + i : "Product " + i));
            second.add(price("p" + i, null, "t1", i % 500 == 499 ? i + ".75" : i + ".5"));
            second.add(price("p" + i, null, "t2", Integer.toString(i)));
        }

        ImportReport report = run(second.toArray(CatalogRecord[]::new));

        assertEquals(counts(0, 6, 5994, 0, 0), report.counts(EntityType.PRODUCT));
        assertEquals(counts(0, 13, 11987, 0, 0), report.counts(EntityType.PRICE));
        List<PriceChange> history = new ArrayList<>();
        store().priceHistory(history::add);
        assertEquals(14, history.size());
        assertEquals(0, new BigDecimal("5999").compareTo(store().reader().prices(new OfferKey("p5999", null))
                .get(1).amount()));
        assertEquals(6 + 13 + 1, store().changes().lastSeq() - 18002);
    }
}
