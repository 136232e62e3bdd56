package org.onecsync.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onecsync.store.contract.Records.category;
import static org.onecsync.store.contract.Records.price;
import static org.onecsync.store.contract.Records.priceType;
import static org.onecsync.store.contract.Records.product;
import static org.onecsync.store.contract.Records.warehouse;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onecsync.catalog.CategoryNode;
import org.onecsync.catalog.OfferPrice;
import org.onecsync.feed.FeedPrice;
import org.onecsync.feed.FeedProduct;
import org.onecsync.feed.FeedStock;
import org.onecsync.feed.FeedVariant;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.Characteristic;
import org.onecsync.model.EntityType;
import org.onecsync.model.OfferKey;
import org.onecsync.model.Product;
import org.onecsync.model.PropertyValue;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.MissingPolicy;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.ImportReport;
import org.onecsync.sync.SyncEngine;

/**
 * The engine's feed rules on a store: products found by external id or SKU (CommerceML's included), shared
 * SKUs refused, prices, stock, categories, price types and warehouses found by name or created under derived
 * ids, deactivation, complete feeds and the missing policy. A store's test class extends this.
 */
public abstract class FeedContract {

    /** A fresh, empty store for one test; the subclass closes it. */
    protected abstract CatalogStore store();

    private ImportReport run(TestExport export, ImportOptions options) {
        return SyncEngine.builder(store()).parsers(TestExport.parsers()).build().importExport(export.source(),
                options);
    }

    private ImportReport feed(Boolean complete, Object... items) {
        return run(TestExport.of().feed("feed.json", complete, items), ImportOptions.defaults());
    }

    private static String derived(String text) {
        return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static FeedProduct.Builder item(String sku, String name, String price) {
        return FeedProduct.builder().sku(sku).name(name).price(FeedPrice.price(new BigDecimal(price)));
    }

    private Product stored(String id) {
        return store().reader().product(id).orElseThrow().record();
    }

    private boolean active(String id) {
        return store().reader().product(id).orElseThrow().active();
    }

    private Map<String, BigDecimal> prices(String productId, String variantId) {
        Map<String, BigDecimal> result = new TreeMap<>();
        for (OfferPrice price : store().reader().prices(new OfferKey(productId, variantId))) {
            result.put(price.priceTypeName(), price.amount());
        }
        return result;
    }

    @Test
    public void aNewSkuBecomesAProductWithDerivedIdsRetailAndOldPriceTotalStockAndItsCategoryPath() {
        ImportReport report = feed(null, item("A-1", "Перфоратор", "100.50")
                .price(FeedPrice.oldPrice(new BigDecimal("120"))).stock(FeedStock.total(new BigDecimal("5")))
                .categoryPath(List.of("Инструмент", "Перфораторы"))
                .characteristics(List.of(new Characteristic("Мощность", "800 Вт"))).build());

        String id = derived("onec-sync:sku:A-1");
        Product product = stored(id);
        assertEquals("A-1", product.sku());
        assertEquals("Перфоратор", product.name());
        assertEquals(List.of(new Characteristic("Мощность", "800 Вт")), product.characteristics());
        String root = derived("onec-sync:category:Инструмент");
        String leaf = derived("onec-sync:category:Инструмент/Перфораторы");
        assertEquals(List.of(leaf), product.categoryIds());
        List<CategoryNode> tree = store().reader().categories();
        assertEquals(List.of(root + " Инструмент", leaf + " Инструмент / Перфораторы"),
                tree.stream().map(n -> n.category().id() + " " + n.path()).toList());
        assertEquals(Map.of("Розничная", new BigDecimal("100.50"), "Старая цена", new BigDecimal("120")),
                prices(id, null));
        assertEquals(List.of(derived("onec-sync:price-type:Розничная") + " Розничная RUB",
                        derived("onec-sync:price-type:Старая цена") + " Старая цена RUB"),
                store().reader().priceTypes().stream().map(t -> t.record().id() + " " + t.record().name() + " "
                        + t.record().currency()).sorted().toList());
        assertEquals(0, new BigDecimal("5").compareTo(store().reader().stock(new OfferKey(id, null)).total()));
        assertEquals(new EntityCounts(1, 0, 0, 0, 0), report.counts().get(EntityType.PRODUCT));
        assertEquals(new EntityCounts(2, 0, 0, 0, 0), report.counts().get(EntityType.PRICE));
    }

    @Test
    public void theSameFeedAgainRewritesNothingAndAddsNothingToTheChangeFeed() {
        Object[] items = {item("A-1", "Перфоратор", "100").stock(FeedStock.total(BigDecimal.ONE))
                .categoryPath(List.of("Инструмент")).build()};
        feed(null, items);
        long seq = store().changes().after(0, 1_000_000).size();

        ImportReport again = feed(null, items);

        assertEquals(new EntityCounts(0, 0, 1, 0, 0), again.counts().get(EntityType.PRODUCT));
        assertEquals(new EntityCounts(0, 0, 1, 0, 0), again.counts().get(EntityType.PRICE));
        assertEquals(seq, store().changes().after(0, 1_000_000).size());
    }

    @Test
    public void aFeedUpdatesTheProductCommerceMlSentWithThatSkuAndKeepsWhatTheFeedDoesNotCarry() {
        List<PropertyValue> values = List.of(new PropertyValue("prop1", "Синий"));
        run(TestExport.partial(priceType("t1", "Розничная"), category("c1", null, "Чай"),
                product("p1", "Tea", "A-1", values, false), price("p1", null, "t1", "10")), ImportOptions.defaults());

        ImportReport report = feed(null, item("A-1", "Tea", "12").build());

        assertEquals(1, store().reader().productsBySku("A-1").size());
        Product product = stored("p1");
        assertEquals(values, product.propertyValues());
        assertEquals(List.of("c1"), product.categoryIds());
        assertEquals(Map.of("Розничная", new BigDecimal("12")), prices("p1", null));
        assertEquals(1, store().reader().priceTypes().size());
        assertEquals(new EntityCounts(0, 1, 0, 0, 0), report.counts().get(EntityType.PRICE));
    }

    @Test
    public void aSkuSharedByTwoActiveProductsIsSkippedWithItsReasonAndNeverRemovedAsMissing() {
        run(TestExport.partial(category("c1", null, "Чай"), product("p1", "Tea", "S", List.of(), false),
                product("p2", "Tea too", "S", List.of(), false)), ImportOptions.defaults());

        ImportReport report = run(TestExport.of().feed("feed.json", true, item("S", "Tea", "5").build()),
                ImportOptions.defaults().withMissingPolicy(MissingPolicy.DEACTIVATE));

        assertEquals(1, report.problems().size());
        assertEquals("feed.json:2 SKU S is shared by 2 active products (p1, p2); send external_id to choose one",
                report.problems().get(0).file() + ":" + report.problems().get(0).line() + " "
                        + report.problems().get(0).reason());
        assertTrue(active("p1"));
        assertTrue(active("p2"));
        assertEquals(List.of(), store().reader().prices(new OfferKey("p1", null)));
    }

    @Test
    public void onlyACompleteFeedRemovesStoredProductsItDoesNotListAndABadRowKeepsItsProduct() {
        run(TestExport.partial(category("c1", null, "Чай"), product("p1", "Tea", "T-1", List.of(), false),
                product("p2", "Coffee", "C-1", List.of(), false), product("p3", "Cocoa", "K-1", List.of(), false)),
                ImportOptions.defaults());
        ImportOptions deactivate = ImportOptions.defaults().withMissingPolicy(MissingPolicy.DEACTIVATE);

        run(TestExport.of().feed("changes.json", false, item("T-1", "Tea", "1").build()), deactivate);
        assertTrue(active("p2"));

        ImportReport full = run(TestExport.of().feed("full.json", true, item("T-1", "Tea", "1").build(),
                new TestExport.Skipped("K-1", "price: not a number")), deactivate);

        assertTrue(active("p1"));
        assertFalse(active("p2"));
        assertTrue(active("p3"));
        assertEquals(1, full.counts().get(EntityType.PRODUCT).deleted());
        assertEquals(1, full.counts().get(EntityType.PRODUCT).skipped());
    }

    @Test
    public void aRowWithoutSkuMakesACompleteFeedRemoveNothing() {
        run(TestExport.partial(category("c1", null, "Чай"), product("p1", "Tea", "T-1", List.of(), false)),
                ImportOptions.defaults());

        run(TestExport.of().feed("full.json", true, item("X-1", "New", "1").build(),
                new TestExport.Skipped(null, "sku: missing")),
                ImportOptions.defaults().withMissingPolicy(MissingPolicy.DEACTIVATE));

        assertTrue(active("p1"));
    }

    @Test
    public void isActiveFalseDeactivatesAndListingTheProductAgainMakesItActive() {
        feed(null, item("A-1", "Перфоратор", "100").build());
        String id = derived("onec-sync:sku:A-1");

        feed(null, item("A-1", "Перфоратор", "100").active(false).build());
        assertFalse(active(id));
        assertFalse(store().reader().prices(new OfferKey(id, null)).get(0).active());

        feed(null, item("A-1", "Перфоратор", "100").build());
        assertTrue(active(id));
        assertEquals(1, store().reader().productsBySku("A-1").size());
    }

    @Test
    public void namedPricesAndWarehousesAreFoundByNameIgnoringCaseAndYoOrCreated() {
        run(TestExport.partial(priceType("t1", "Оптовая"), warehouse("w1", "Основной склад"),
                category("c1", null, "Чай")), ImportOptions.defaults());

        String id = derived("onec-sync:sku:A-1");
        feed(null, item("A-1", "Чай", "10").price(FeedPrice.named("оптовая ", new BigDecimal("9"), null))
                .stock(new FeedStock("ОСНОВНОЙ СКЛАД", new BigDecimal("3")))
                .stock(new FeedStock("Новый", new BigDecimal("2"))).build());

        assertEquals(Map.of("Розничная", new BigDecimal("10"), "Оптовая", new BigDecimal("9")), prices(id, null));
        Map<String, BigDecimal> stock = new TreeMap<>();
        store().reader().stock(new OfferKey(id, null)).warehouses()
                .forEach(s -> stock.put(s.key().warehouseId(), s.quantity()));
        assertEquals(Map.of("w1", new BigDecimal("3"), derived("onec-sync:warehouse:Новый"), new BigDecimal("2")),
                stock);
    }

    @Test
    public void variantsBecomeOffersWithTheirOwnPricesAndStockAndAnExternalIdIsTheProductId() {
        feed(null, FeedProduct.builder().externalId("guid-1").sku("SH").name("Кроссовки")
                .variant(new FeedVariant(null, "SH-42", null, List.of(new Characteristic("Размер", "42")),
                        List.of(FeedPrice.price(new BigDecimal("50"))), List.of(FeedStock.total(BigDecimal.TEN)),
                        List.of("4600000000001")))
                .variant(new FeedVariant("v43", "SH-43", "Кроссовки 43", List.of(), List.of(), List.of(), List.of()))
                .build());

        String v42 = derived("onec-sync:variant:guid-1#SH-42");
        assertEquals(List.of("guid-1#" + v42 + " Кроссовки", "guid-1#v43 Кроссовки 43"),
                store().reader().offers("guid-1").stream().filter(o -> o.key().variantId() != null)
                        .map(o -> o.key() + " " + o.name()).sorted().toList());
        assertEquals(Map.of("Розничная", new BigDecimal("50")), prices("guid-1", v42));
        assertEquals(0, BigDecimal.TEN.compareTo(store().reader().stock(new OfferKey("guid-1", v42)).total()));
    }

    @Test
    public void characteristicsGivenReplaceThePreviousOnesAndAbsentOnesAreKept() {
        String id = derived("onec-sync:sku:A-1");
        feed(null, item("A-1", "Чай", "1").characteristics(List.of(new Characteristic("Цвет", "Зелёный"),
                new Characteristic("Вес", "100 г"))).build());

        feed(null, item("A-1", "Чай", "1").build());
        assertEquals(2, stored(id).characteristics().size());

        feed(null, item("A-1", "Чай", "1").characteristics(List.of(new Characteristic("Цвет", "Чёрный"))).build());
        assertEquals(List.of(new Characteristic("Цвет", "Чёрный")), stored(id).characteristics());
    }

    @Test
    public void feedFilesAreAppliedAfterTheCommerceMlFilesOfTheirFolder() {
        List<CatalogRecord> catalog = List.of(priceType("t1", "Розничная"), category("c1", null, "Чай"),
                product("p1", "Tea", "A-1", List.of(), false), price("p1", null, "t1", "10"));
        run(TestExport.of().feed("a-feed.json", null, item("A-1", "Tea", "12").build())
                        .file("z-import.xml", "<КоммерческаяИнформация ВерсияСхемы=\"2.08\"><Каталог><Товары>", false,
                                catalog.toArray(CatalogRecord[]::new)),
                ImportOptions.defaults());

        assertEquals(Map.of("Розничная", new BigDecimal("12")), prices("p1", null));
        assertEquals(1, store().reader().productsBySku("A-1").size());
    }
}
