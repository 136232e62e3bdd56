package org.onecsync.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.onecsync.jdbi.ReaderCatalog.ADMIN;
import static org.onecsync.jdbi.ReaderCatalog.C0;
import static org.onecsync.jdbi.ReaderCatalog.C1;
import static org.onecsync.jdbi.ReaderCatalog.C2;
import static org.onecsync.jdbi.ReaderCatalog.C3;
import static org.onecsync.jdbi.ReaderCatalog.C4;
import static org.onecsync.jdbi.ReaderCatalog.C9;
import static org.onecsync.jdbi.ReaderCatalog.CYRILLIC;
import static org.onecsync.jdbi.ReaderCatalog.DOUBLE_STRUCK;
import static org.onecsync.jdbi.ReaderCatalog.FF;
import static org.onecsync.jdbi.ReaderCatalog.NO_ID;
import static org.onecsync.jdbi.ReaderCatalog.ORPHAN;
import static org.onecsync.jdbi.ReaderCatalog.P;
import static org.onecsync.jdbi.ReaderCatalog.P1;
import static org.onecsync.jdbi.ReaderCatalog.P1A;
import static org.onecsync.jdbi.ReaderCatalog.P1A_RETAIL;
import static org.onecsync.jdbi.ReaderCatalog.P1B;
import static org.onecsync.jdbi.ReaderCatalog.P2;
import static org.onecsync.jdbi.ReaderCatalog.P3_OWN;
import static org.onecsync.jdbi.ReaderCatalog.P4V;
import static org.onecsync.jdbi.ReaderCatalog.P4V_OFFER;
import static org.onecsync.jdbi.ReaderCatalog.P5;
import static org.onecsync.jdbi.ReaderCatalog.P5A;
import static org.onecsync.jdbi.ReaderCatalog.PA;
import static org.onecsync.jdbi.ReaderCatalog.PCS;
import static org.onecsync.jdbi.ReaderCatalog.PLAIN;
import static org.onecsync.jdbi.ReaderCatalog.P_BANG;
import static org.onecsync.jdbi.ReaderCatalog.T1;
import static org.onecsync.jdbi.ReaderCatalog.T2;
import static org.onecsync.jdbi.ReaderCatalog.T_BULK;
import static org.onecsync.jdbi.ReaderCatalog.T_RETAIL;
import static org.onecsync.jdbi.ReaderCatalog.W1;
import static org.onecsync.jdbi.ReaderCatalog.W2;
import static org.onecsync.jdbi.ReaderCatalog.YA;
import static org.onecsync.jdbi.ReaderCatalog.YO;
import static org.onecsync.jdbi.ReaderCatalog.price;
import static org.onecsync.jdbi.ReaderCatalog.stock;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecsync.catalog.CatalogOffer;
import org.onecsync.catalog.CatalogReader;
import org.onecsync.catalog.CategoryNode;
import org.onecsync.catalog.OfferPrice;
import org.onecsync.catalog.OfferStock;
import org.onecsync.catalog.ResolvedProperty;
import org.onecsync.catalog.StockLevels;
import org.onecsync.catalog.Synced;
import org.onecsync.codec.RecordCodec;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityId;
import org.onecsync.model.EntityType;
import org.onecsync.model.OfferKey;
import org.onecsync.model.Price;
import org.onecsync.model.PriceKey;
import org.onecsync.model.RecordKey;
import org.onecsync.model.StockKey;
import org.onecsync.store.Change;
import org.onecsync.store.ChangeKind;
import org.onecsync.store.PriceChange;
import org.onecsync.store.StoreException;
import org.onecsync.store.StoredRecord;

/**
 * The reading side of the Jdbi store: {@link CatalogReader}, the change feed, dump and price history, over
 * rows written straight into the typed tables ({@link ReaderCatalog}). A subclass says how a database is made.
 */
abstract class CatalogReaderContract {

    private final List<JdbiCatalogStore> opened = new ArrayList<>();
    private String url;
    private JdbiCatalogStore store;

    /** A URL for a new database: an SQLite file that does not exist yet, an empty PostgreSQL schema. */
    protected abstract String newDatabase() throws Exception;

    /** Drops what {@link #newDatabase()} made. */
    protected abstract void dropDatabases() throws Exception;

    /** Asserts that the database at the URL (from {@link #newDatabase()}) holds nothing: no file, no table. */
    protected abstract void assertNothingCreated(String databaseUrl) throws Exception;

    @BeforeEach
    final void fill() throws Exception {
        url = newDatabase();
        store = open(url);
        store.prepare();
        ReaderCatalog.store(url);
    }

    @AfterEach
    final void closeStores() throws Exception {
        try {
            opened.forEach(JdbiCatalogStore::close);
        } finally {
            dropDatabases();
        }
    }

    protected final JdbiCatalogStore open(String databaseUrl) {
        JdbiCatalogStore another = JdbiCatalogStore.open(databaseUrl);
        opened.add(another);
        return another;
    }

    protected final String url() {
        return url;
    }

    private CatalogReader reader() {
        return store.reader();
    }

    // ---- products

    @Test
    void productReadsBackEveryColumn() {
        assertEquals(Optional.of(new Synced<>(P1, true, 1, T1)), reader().product("p1"));
        assertEquals(Optional.of(new Synced<>(P5, false, 2, T2)), reader().product("p5"));
        assertEquals(Optional.of(new Synced<>(P4V, true, 1, T1)), reader().product("p4#v"));
        assertEquals(Optional.empty(), reader().product("missing"));
        assertEquals(Optional.empty(), reader().product("P1"));
    }

    @Test
    void productsBySkuAreInIdOrder() {
        assertEquals(List.of(new Synced<>(P2, true, 1, T1), new Synced<>(P5, false, 2, T2),
                new Synced<>(CYRILLIC, true, 1, T1)), reader().productsBySku("SKU-2"));
        assertEquals(List.of(new Synced<>(P1, true, 1, T1)), reader().productsBySku("SKU-1"));
        assertEquals(List.of(), reader().productsBySku("sku-1"));
        assertEquals(List.of(), reader().productsBySku("SKU-1B"));
    }

    @Test
    void productPagesFollowUtf8ByteOrder() {
        // "p" < "p!" < "p1": a prefix first, then '!' (0x21) before '1'; U+FB00 (EF AC 80) before U+1D538
        // (F0 9D 94 B8), although UTF-16 would put the surrogate pair first.
        assertEquals(List.of("p", "p!", "p1", "p2"), ids(reader().products(null, 4)));
        assertEquals(List.of("p3", "p4#v", "p5", "q"), ids(reader().products("p2", 4)));
        assertEquals(List.of("q#v", "r", "r#w", "товар"), ids(reader().products("q", 4)));
        assertEquals(List.of("ёлка", "\uFB00", "\uD835\uDD38"), ids(reader().products("товар", 4)));
        assertEquals(List.of(), reader().products("\uD835\uDD38", 4));
        assertEquals(List.of(), reader().products(null, 0));
        assertEquals(List.of("p!", "p1"), ids(reader().products("p", 2)));
        assertEquals(List.of("p1"), ids(reader().products("p0", 1)));
        assertEquals(List.of(new Synced<>(P, true, 1, T1), new Synced<>(P_BANG, true, 1, T1)),
                reader().products(null, 2));
        assertEquals(List.of(new Synced<>(YO, true, 1, T1), new Synced<>(FF, true, 1, T1),
                new Synced<>(DOUBLE_STRUCK, true, 1, T1)), reader().products("товар", 10));
        assertThrows(IllegalArgumentException.class, () -> reader().products(null, -1));
    }

    private static List<String> ids(List<? extends Synced<? extends CatalogRecord>> rows) {
        return rows.stream().map(row -> row.record().key()).toList();
    }

    // ---- offers, prices, stock

    @Test
    void offersAreTheVariantsWithTheProductsNameAndSkuAsFallback() {
        assertEquals(List.of(
                new CatalogOffer(new OfferKey("p1", "a"), "p1", "Брюки 48", "SKU-1", true, P1A),
                new CatalogOffer(new OfferKey("p1", "b"), "p1", "Брюки классические", "SKU-1B", true, P1B)),
                reader().offers("p1"));
        assertEquals(List.of(new CatalogOffer(new OfferKey("p", "a"), "p", "p#a", null, true, PA)),
                reader().offers("p"));
    }

    @Test
    void aProductWithoutOfferRowsIsItsOwnOffer() {
        assertEquals(List.of(new CatalogOffer(new OfferKey("p2", null), "p2", "Простой товар", "SKU-2", true, null)),
                reader().offers("p2"));
        assertEquals(List.of(new CatalogOffer(new OfferKey("p!", null), "p!", "p!", null, true, null)),
                reader().offers("p!"));
        // A product's own offer row is its offer.
        assertEquals(List.of(new CatalogOffer(new OfferKey("p3", null), "p3", "Предложение p3", "SKU-3", true,
                P3_OWN)), reader().offers("p3"));
    }

    @Test
    void aVariantListedAsAProductOwnsTheOfferWithItsKeyText() {
        assertEquals(List.of(new CatalogOffer(new OfferKey("p4", "v"), "p4#v", "Предложение p4#v", null, true,
                P4V_OFFER)), reader().offers("p4#v"));
        assertEquals(List.of(new OfferPrice(new PriceKey(new OfferKey("p4", "v"), "t1"), "Розничная",
                new BigDecimal("40"), "RUB", true)), reader().prices(new OfferKey("p4", "v")));
    }

    @Test
    void anOfferIsActiveOnlyWhenEveryStoredParentProductIs() {
        // q is active, but q#v (the variant listed as a product) is not.
        assertEquals(List.of(new CatalogOffer(new OfferKey("q", "v"), "q", "offer q#v", null, false,
                ReaderCatalog.QV_OFFER)), reader().offers("q"));
        assertEquals(List.of(new CatalogOffer(new OfferKey("q", "v"), "q#v", "offer q#v", null, false,
                ReaderCatalog.QV_OFFER)), reader().offers("q#v"));
        assertEquals(List.of(new OfferPrice(new PriceKey(new OfferKey("q", "v"), "t1"), "Розничная",
                new BigDecimal("8"), "RUB", false)), reader().prices(new OfferKey("q", "v")));
        // r#w is active and has no offer row: its own offer, inactive because r is.
        assertEquals(List.of(new CatalogOffer(new OfferKey("r", "w"), "r#w", "r#w", null, false, null)),
                reader().offers("r#w"));
        assertEquals(List.of(new CatalogOffer(new OfferKey("r", null), "r", "r", null, false, null)),
                reader().offers("r"));
        assertEquals(Map.of(new OfferKey("q", "v"), new Synced<>(ReaderCatalog.QV_OFFER, false, 1, T1)),
                reader().records(EntityType.OFFER, List.of(new OfferKey("q", "v"))));
    }

    @Test
    void offersOfAnInactiveProductAreInactive() {
        assertEquals(List.of(new CatalogOffer(new OfferKey("p5", "a"), "p5", "Вариант удалённого", "SKU-2", false,
                P5A)), reader().offers("p5"));
        assertEquals(List.of(new OfferPrice(new PriceKey(new OfferKey("p5", "a"), "t1"), "Розничная",
                new BigDecimal("500"), "RUB", false)), reader().prices(new OfferKey("p5", "a")));
        assertEquals(new StockLevels(List.of(new OfferStock(new StockKey(new OfferKey("p5", "a"), "w1"), "Основной",
                new BigDecimal("7"), false)), BigDecimal.ZERO), reader().stock(new OfferKey("p5", "a")));
    }

    @Test
    void offersOfAMissingProductAreEmpty() {
        assertEquals(List.of(), reader().offers("missing"));
        // p6 has an offer row but no product.
        assertEquals(List.of(), reader().offers("p6"));
    }

    @Test
    void pricesByPriceTypeWithTheTypesName() {
        assertEquals(List.of(
                new OfferPrice(new PriceKey(new OfferKey("p1", "a"), "t1"), "Розничная", new BigDecimal("1234.50"),
                        "RUB", true),
                new OfferPrice(new PriceKey(new OfferKey("p1", "a"), "t2"), "Оптовая", new BigDecimal("1000"), null,
                        true),
                new OfferPrice(new PriceKey(new OfferKey("p1", "a"), "tX"), null, new BigDecimal("7.000001"), "руб",
                        true)),
                reader().prices(new OfferKey("p1", "a")));
        assertEquals(List.of(new OfferPrice(new PriceKey(new OfferKey("p2", null), "t1"), "Розничная",
                new BigDecimal("10.5"), "RUB", true)), reader().prices(new OfferKey("p2", null)));
        assertEquals(List.of(new OfferPrice(new PriceKey(new OfferKey("p", null), "t1"), "Розничная",
                BigDecimal.ONE, "RUB", true)), reader().prices(new OfferKey("p", null)));
        assertEquals(List.of(), reader().prices(new OfferKey("p1", null)));
        assertEquals(List.of(), reader().prices(new OfferKey("missing", "a")));
    }

    @Test
    void stockPerWarehouseWithTheSumOfActiveRowsAsTotal() {
        OfferKey offer = new OfferKey("p1", "a");
        assertEquals(new StockLevels(List.of(
                new OfferStock(new StockKey(offer, "w1"), "Основной", new BigDecimal("3"), true),
                new OfferStock(new StockKey(offer, "w2"), "Дальний", new BigDecimal("2"), false),
                new OfferStock(new StockKey(offer, "w3"), null, new BigDecimal("1.5"), true)),
                new BigDecimal("4.5")), reader().stock(offer));
    }

    @Test
    void stockTotalIsTheTotalRowWhenThereIsOne() {
        OfferKey offer = new OfferKey("p1", "b");
        assertEquals(new StockLevels(List.of(new OfferStock(new StockKey(offer, "w1"), "Основной", BigDecimal.ONE,
                true)), BigDecimal.TEN), reader().stock(offer));
        assertEquals(new StockLevels(List.of(), new BigDecimal("5")), reader().stock(new OfferKey("p2", null)));
        assertEquals(new StockLevels(List.of(new OfferStock(new StockKey(new OfferKey("p", null), "w1"), "Основной",
                new BigDecimal("4"), true)), new BigDecimal("4")), reader().stock(new OfferKey("p", null)));
    }

    @Test
    void stockOfAnOfferWithoutRowsHasNoTotal() {
        assertEquals(new StockLevels(List.of(), null), reader().stock(new OfferKey("p3", null)));
        assertEquals(new StockLevels(List.of(), null), reader().stock(new OfferKey("missing", "x")));
    }

    @Test
    void quantitiesKeepEveryDigit() {
        assertEquals(new StockLevels(List.of(new OfferStock(new StockKey(new OfferKey("товар", null), "w1"),
                "Основной", new BigDecimal("123456789012345.123456"), true)),
                new BigDecimal("123456789012345.123456")), reader().stock(new OfferKey("товар", null)));
    }

    // ---- categories, properties, the small lists

    @Test
    void categoriesParentsFirstSiblingsByNameThenId() {
        assertEquals(List.of(
                new CategoryNode(C9, "Обувь", 0, true),
                new CategoryNode(C1, "Одежда", 0, true),
                new CategoryNode(C0, "Одежда / Аксессуары", 1, true),
                new CategoryNode(C2, "Одежда / Брюки", 1, true),
                new CategoryNode(C4, "Одежда / Брюки / Джинсы", 2, true),
                new CategoryNode(C3, "Одежда / Брюки", 1, false),
                new CategoryNode(ORPHAN, "Сирота", 0, true)),
                reader().categories());
    }

    @Test
    void propertiesResolveNamesAndDictionaryValuesInTheProductsOrder() {
        assertEquals(List.of(
                new ResolvedProperty("color", "Цвет", "Красный", "red"),
                new ResolvedProperty("size", "Размер", "XL", "XL"),
                new ResolvedProperty("unknown", null, "42", "42"),
                new ResolvedProperty("color", "Цвет", null, null),
                new ResolvedProperty("color", "Цвет", "green", "green")),
                reader().properties("p1"));
        assertEquals(List.of(), reader().properties("p2"));
        assertEquals(List.of(), reader().properties("missing"));
    }

    @Test
    void priceTypesWarehousesAndUnitsByKey() {
        assertEquals(List.of(new Synced<>(T_RETAIL, true, 1, T1), new Synced<>(T_BULK, true, 1, T1)),
                reader().priceTypes());
        assertEquals(List.of(new Synced<>(W1, true, 1, T1), new Synced<>(W2, false, 2, T2)), reader().warehouses());
        assertEquals(List.of(new Synced<>(NO_ID, true, 1, T1), new Synced<>(PCS, true, 1, T1)), reader().units());
    }

    @Test
    void counterpartiesByIdAndInPages() {
        assertEquals(Optional.of(new Synced<>(ADMIN, true, 1, T1)), reader().counterparty("1#admin# admin"));
        assertEquals(Optional.empty(), reader().counterparty("1#admin#"));
        assertEquals(List.of(new Synced<>(ADMIN, true, 1, T1), new Synced<>(PLAIN, true, 1, T1)),
                reader().counterparties(null, 2));
        assertEquals(List.of(new Synced<>(YA, false, 2, T2)), reader().counterparties("c-2", 2));
        assertEquals(List.of(), reader().counterparties("Я-3", 2));
    }

    // ---- the views say the same

    @Test
    void activeFlagsPathsAndValuesAgreeWithTheViews() throws Exception {
        Map<String, Boolean> offerView = new LinkedHashMap<>();
        query("SELECT offer_key, active FROM onecsync_offer_v", rs -> offerView.put(rs.getString(1), rs.getBoolean(2)));
        Map<String, Boolean> offers = new LinkedHashMap<>();
        for (Synced<?> product : reader().products(null, 1000)) {
            for (CatalogOffer offer : reader().offers(product.record().key())) {
                offers.put(offer.key().text(), offer.active());
            }
        }
        Map<String, Boolean> sameKeys = new LinkedHashMap<>(offerView);
        sameKeys.keySet().retainAll(offers.keySet());
        assertEquals(offers.keySet(), sameKeys.keySet());
        assertEquals(new java.util.TreeMap<>(offers), new java.util.TreeMap<>(sameKeys));

        // Amounts are left out: SQLite's views give them as numbers (REAL past 15 digits); the reader's are exact.
        List<OfferPrice> priceView = new ArrayList<>();
        query("SELECT product_id, variant_id, price_type_id, price_type_name, currency, active FROM onecsync_price_v",
                rs -> priceView.add(new OfferPrice(new PriceKey(new OfferKey(rs.getString(1), rs.getString(2)),
                        rs.getString(3)), rs.getString(4), BigDecimal.ZERO, rs.getString(5), rs.getBoolean(6))));
        List<OfferPrice> prices = new ArrayList<>();
        priceView.stream().map(price -> price.key().offer()).distinct()
                .forEach(offer -> reader().prices(offer).forEach(price -> prices.add(new OfferPrice(price.key(),
                        price.priceTypeName(), BigDecimal.ZERO, price.currency(), price.active()))));
        assertEquals(sorted(priceView), sorted(prices));

        List<OfferStock> stockView = new ArrayList<>();
        query("SELECT product_id, variant_id, warehouse_id, warehouse_name, active FROM onecsync_stock_v",
                rs -> stockView.add(new OfferStock(new StockKey(new OfferKey(rs.getString(1), rs.getString(2)),
                        rs.getString(3)), rs.getString(4), BigDecimal.ZERO, rs.getBoolean(5))));
        List<OfferStock> stock = new ArrayList<>();
        stockView.stream().map(row -> row.key().offer()).distinct()
                .forEach(offer -> reader().stock(offer).warehouses().forEach(row -> stock.add(new OfferStock(
                        row.key(), row.warehouseName(), BigDecimal.ZERO, row.active()))));
        stockView.removeIf(row -> row.key().warehouseId() == null);
        assertEquals(sorted(stockView), sorted(stock));

        List<String> categoryView = new ArrayList<>();
        query("SELECT category_id, path, depth, active FROM onecsync_category_v", rs -> categoryView.add(
                rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " " + rs.getBoolean(4)));
        assertEquals(sorted(categoryView), sorted(reader().categories().stream().map(node -> node.category().id()
                + " " + node.path() + " " + node.depth() + " " + node.active()).toList()));

        List<String> propertyView = new ArrayList<>();
        query("SELECT property_id, property_name, value, raw_value FROM onecsync_property_value_v"
                + " WHERE owner = 'product' AND owner_key = 'p1'", rs -> propertyView.add(new ResolvedProperty(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)).toString()));
        assertEquals(sorted(propertyView), sorted(reader().properties("p1").stream().map(Object::toString).toList()));
    }

    /** Receives one row. */
    @FunctionalInterface
    private interface RowSink {
        void row(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    private void query(String sql, RowSink sink) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection(url);
             var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                sink.row(rows);
            }
        }
    }

    private static <T> List<String> sorted(List<T> rows) {
        return rows.stream().map(Object::toString).sorted().toList();
    }

    // ---- records

    @Test
    void recordsFetchesStoredKeysOfEachEntity() {
        assertEquals(Map.of(new EntityId("p1"), new Synced<>(P1, true, 1, T1),
                        new EntityId("p5"), new Synced<>(P5, false, 2, T2)),
                reader().records(EntityType.PRODUCT, List.of(new EntityId("p1"), new EntityId("missing"),
                        new EntityId("p5"))));
        assertEquals(Map.of(new OfferKey("p5", "a"), new Synced<>(P5A, false, 1, T1),
                        new OfferKey("p3", null), new Synced<>(P3_OWN, true, 1, T1),
                        new OfferKey("p4", "v"), new Synced<>(P4V_OFFER, true, 1, T1)),
                reader().records(EntityType.OFFER, List.of(new OfferKey("p5", "a"), new OfferKey("p3", null),
                        new OfferKey("zz", null), new OfferKey("p4", "v"))));
        assertEquals(Map.of(
                        new PriceKey(new OfferKey("p", "a"), "t1"), new Synced<>(price("p#a", "t1", "2"), true, 1, T1),
                        new PriceKey(new OfferKey("p", null), "t1"), new Synced<>(price("p", "t1", "1"), true, 1, T1),
                        new PriceKey(new OfferKey("p5", "a"), "t1"), new Synced<>(price("p5#a", "t1", "500"), false, 1,
                                T1),
                        new PriceKey(new OfferKey("p1", "a"), "t1"), new Synced<>(P1A_RETAIL, true, 1, T1)),
                reader().records(EntityType.PRICE, List.of(new PriceKey(new OfferKey("p", "a"), "t1"),
                        new PriceKey(new OfferKey("p", null), "t1"), new PriceKey(new OfferKey("p5", "a"), "t1"),
                        new PriceKey(new OfferKey("p!", null), "t2"), new PriceKey(new OfferKey("p1", "a"), "t1"))));
        assertEquals(Map.of(new StockKey(new OfferKey("p1", "a"), "w2"),
                        new Synced<>(stock("p1#a", "w2", "2"), false, 2, T2),
                        new StockKey(new OfferKey("p1", "b"), null),
                        new Synced<>(stock("p1#b", null, "10"), true, 1, T1)),
                reader().records(EntityType.STOCK, List.of(new StockKey(new OfferKey("p1", "a"), "w2"),
                        new StockKey(new OfferKey("p1", "b"), null), new StockKey(new OfferKey("p1", "a"), "w9"))));
        assertEquals(Map.of(new EntityId(""), new Synced<>(NO_ID, true, 1, T1)),
                reader().records(EntityType.UNIT, List.of(new EntityId(""))));
        assertEquals(Map.of(new EntityId("Я-3"), new Synced<>(YA, false, 2, T2)),
                reader().records(EntityType.COUNTERPARTY, List.of(new EntityId("Я-3"))));
        assertEquals(Map.of(new EntityId("c4"), new Synced<>(C4, true, 1, T1)),
                reader().records(EntityType.CATEGORY, List.of(new EntityId("c4"))));
        assertEquals(Map.of(), reader().records(EntityType.WAREHOUSE, List.of()));
    }

    @Test
    void recordsRefusesKeysOfAnotherType() {
        assertThrows(IllegalArgumentException.class,
                () -> reader().records(EntityType.OFFER, List.of(new EntityId("p1"))));
        assertThrows(IllegalArgumentException.class,
                () -> reader().records(EntityType.PRODUCT, List.of(new OfferKey("p1", "a"))));
        assertThrows(IllegalArgumentException.class,
                () -> reader().records(EntityType.ORDER, List.of(new EntityId("o1"))));
    }

    @Test
    void recordsFetchesThousandsOfKeysAtOnce() throws Exception {
        List<RecordKey> keys = new ArrayList<>();
        Map<RecordKey, Synced<CatalogRecord>> expected = new LinkedHashMap<>();
        try (TypedRows typed = new TypedRows(url)) {
            for (int i = 0; i < 3000; i++) {
                String variant = String.format("v%04d\"\\%s", i, i % 7 == 0 ? "ё" : "");
                PriceKey key = new PriceKey(new OfferKey("bulk", variant), "t1");
                keys.add(key);
                if (i % 2 == 0) {
                    Price price = new Price(key.offer(), "t1", new BigDecimal(i + ".25"), null, null, null);
                    typed.put(price, true, 3, T2);
                    expected.put(key, new Synced<>(price, true, 3, T2));
                }
            }
        }
        assertEquals(expected, reader().records(EntityType.PRICE, keys));
    }

    // ---- change feed

    @Test
    void changeFeedReturnsTypedKeysAndPreviousRecordsInSeqOrder() throws Exception {
        assertEquals(0, store.changes().lastSeq());
        assertEquals(List.of(), store.changes().after(0, 10));
        List<Change> changes = List.of(
                new Change(1, 1, EntityType.PRODUCT, new EntityId("p1"), ChangeKind.CREATED, null),
                new Change(2, 1, EntityType.OFFER, new OfferKey("p1", "a"), ChangeKind.UPDATED, P1A),
                new Change(3, 1, EntityType.PRICE, new PriceKey(new OfferKey("p", null), "t1"), ChangeKind.DEACTIVATED,
                        price("p", "t1", "1.50")),
                new Change(4, 2, EntityType.STOCK, new StockKey(new OfferKey("p2", null), null), ChangeKind.DELETED,
                        stock("p2", null, "5")),
                new Change(5, 2, EntityType.STOCK, new StockKey(new OfferKey("p1", "x#y"), "w1"), ChangeKind.CREATED,
                        null),
                new Change(6, 2, EntityType.COUNTERPARTY, new EntityId("1#admin# admin"), ChangeKind.UPDATED, ADMIN),
                new Change(7, 2, EntityType.PROPERTY, new EntityId("color"), ChangeKind.UPDATED,
                        ReaderCatalog.COLOR),
                new Change(8, 2, EntityType.PRODUCT, new EntityId("p1"), ChangeKind.UPDATED, P1));
        try (TypedRows typed = new TypedRows(url)) {
            for (Change change : changes) {
                typed.change(change.seq(), change.session(), change.entity(), change.key(), change.kind(),
                        change.previous(), T2);
            }
        }

        assertEquals(8, store.changes().lastSeq());
        assertEquals(changes, store.changes().after(0, 100));
        assertEquals(changes.subList(2, 4), store.changes().after(2, 2));
        assertEquals(changes.subList(7, 8), store.changes().after(7, 2));
        assertEquals(List.of(), store.changes().after(8, 2));
        assertEquals(List.of(), store.changes().after(0, 0));
        assertThrows(IllegalArgumentException.class, () -> store.changes().after(0, -1));
    }

    // ---- dump and price history

    @Test
    void dumpIsInEntityThenKeyByteOrderWithCanonicalPayloads() {
        List<StoredRecord> dump = dump(store);

        List<StoredRecord> expected = new ArrayList<>();
        for (ReaderCatalog.Row row : ReaderCatalog.rows()) {
            expected.add(new StoredRecord(row.record().type(), row.record().recordKey().text(), row.active(),
                    RecordCodec.json(row.record())));
        }
        Comparator<byte[]> bytes = Arrays::compareUnsigned;
        expected.sort(Comparator.comparing((StoredRecord r) -> r.entity().jsonName().getBytes(StandardCharsets.UTF_8),
                bytes).thenComparing(r -> r.key().getBytes(StandardCharsets.UTF_8), bytes));
        assertEquals(expected, dump);

        assertEquals(List.of("categories", "counterparties", "offers", "priceTypes", "prices", "products",
                "properties", "stocks", "units", "warehouses"), dump.stream().map(r -> r.entity().jsonName())
                .distinct().toList());
        assertEquals(List.of("p!|t1", "p#a|t1", "p1#a|t1", "p1#a|t2", "p1#a|tX", "p1#b|t1", "p2|t1", "p4#v|t1",
                "p5#a|t1", "p6#x#y|t1", "p|t1", "q#v|t1"), keys(dump, EntityType.PRICE));
        assertEquals(List.of("p#a|w1", "p1#a|w1", "p1#a|w2", "p1#a|w3", "p1#b|", "p1#b|w1", "p2|", "p5#a|w1", "p|",
                "p|w1", "товар|w1"), keys(dump, EntityType.STOCK));
        assertEquals(List.of("p#a", "p1#a", "p1#b", "p3", "p4#v", "p5#a", "p6#x#y", "q#v"),
                keys(dump, EntityType.OFFER));
        assertEquals(List.of("p", "p!", "p1", "p2", "p3", "p4#v", "p5", "q", "q#v", "r", "r#w", "товар", "ёлка",
                "\uFB00", "\uD835\uDD38"), keys(dump, EntityType.PRODUCT));
        assertEquals(List.of("1#admin# admin", "c-2", "Я-3"), keys(dump, EntityType.COUNTERPARTY));
        assertEquals(List.of("", "796"), keys(dump, EntityType.UNIT));

        // The row's own flag, not the product's: p5#a stays active in the dump although p5 is not.
        assertEquals(new StoredRecord(EntityType.PRICE, "p1#a|t1", true,
                        "{\"offer\":\"p1#a\",\"priceTypeId\":\"t1\",\"amount\":1234.50,\"currency\":\"RUB\","
                                + "\"unit\":\"шт\",\"coefficient\":1}"),
                find(dump, EntityType.PRICE, "p1#a|t1"));
        assertEquals(new StoredRecord(EntityType.OFFER, "p5#a", true, "{\"offerKey\":\"p5#a\","
                        + "\"name\":\"Вариант удалённого\",\"characteristics\":[],\"propertyValues\":[],"
                        + "\"deleted\":false}"),
                find(dump, EntityType.OFFER, "p5#a"));
        assertEquals(new StoredRecord(EntityType.STOCK, "p2|", true, "{\"offer\":\"p2\",\"quantity\":5}"),
                find(dump, EntityType.STOCK, "p2|"));
        assertEquals(new StoredRecord(EntityType.UNIT, "", true, "{\"id\":\"\",\"code\":\"\",\"deleted\":false}"),
                find(dump, EntityType.UNIT, ""));
    }

    @Test
    void dumpStopsWhenTheSinkThrows() {
        List<StoredRecord> seen = new ArrayList<>();
        IllegalStateException stop = assertThrows(IllegalStateException.class, () -> store.dump(row -> {
            seen.add(row);
            if (seen.size() == 3) {
                throw new IllegalStateException("enough");
            }
        }));
        assertEquals("enough", stop.getMessage());
        assertEquals(3, seen.size());
        // The store still works afterwards.
        assertEquals(Optional.of(new Synced<>(P1, true, 1, T1)), reader().product("p1"));
    }

    @Test
    void priceHistoryInIdOrderWithTypedKeys() throws Exception {
        assertEquals(List.of(), history(store));
        try (TypedRows typed = new TypedRows(url)) {
            typed.priceHistory(new PriceKey(new OfferKey("p1", "a"), "t1"), "1000", "1234.50", 2, T2);
            typed.priceHistory(new PriceKey(new OfferKey("p2", null), "t1"), "10", "10.5", 2, T2);
            typed.priceHistory(new PriceKey(new OfferKey("p!", null), "t1"), "3.00", "0.000001", 3, T1);
        }
        assertEquals(List.of(
                new PriceChange(new PriceKey(new OfferKey("p1", "a"), "t1"), new BigDecimal("1000"),
                        new BigDecimal("1234.50"), 2, T2),
                new PriceChange(new PriceKey(new OfferKey("p2", null), "t1"), BigDecimal.TEN, new BigDecimal("10.5"),
                        2, T2),
                new PriceChange(new PriceKey(new OfferKey("p!", null), "t1"), new BigDecimal("3.00"),
                        new BigDecimal("0.000001"), 3, T1)),
                history(store));
    }

    // ---- a missing database

    @Test
    void readsOnAMissingDatabaseFailAndCreateNothing() throws Exception {
        String missing = newDatabase();
        JdbiCatalogStore absent = open(missing);
        CatalogReader reader = absent.reader();
        List<Runnable> reads = List.of(
                () -> reader.product("p1"),
                () -> reader.productsBySku("s"),
                () -> reader.products(null, 10),
                () -> reader.offers("p1"),
                () -> reader.prices(new OfferKey("p1", "a")),
                () -> reader.stock(new OfferKey("p1", "a")),
                reader::categories,
                () -> reader.properties("p1"),
                reader::priceTypes,
                reader::warehouses,
                reader::units,
                () -> reader.counterparty("c"),
                () -> reader.counterparties(null, 10),
                () -> reader.records(EntityType.PRODUCT, List.of(new EntityId("p1"))),
                () -> reader.records(EntityType.PRODUCT, List.of()),
                () -> absent.changes().after(0, 10),
                () -> absent.changes().lastSeq(),
                () -> absent.dump(row -> { }),
                () -> absent.priceHistory(row -> { }));
        for (Runnable read : reads) {
            StoreException failure = assertThrows(StoreException.class, read::run);
            assertEquals(StoreException.Reason.NOT_FOUND, failure.reason(), failure.getMessage());
        }
        assertNothingCreated(missing);
    }

    // ---- helpers

    protected static List<StoredRecord> dump(JdbiCatalogStore store) {
        List<StoredRecord> rows = new ArrayList<>();
        store.dump((Consumer<StoredRecord>) rows::add);
        return rows;
    }

    private static List<PriceChange> history(JdbiCatalogStore store) {
        List<PriceChange> rows = new ArrayList<>();
        store.priceHistory(rows::add);
        return rows;
    }

    private static List<String> keys(List<StoredRecord> dump, EntityType type) {
        return dump.stream().filter(r -> r.entity() == type).map(StoredRecord::key).toList();
    }

    private static StoredRecord find(List<StoredRecord> dump, EntityType type, String key) {
        return dump.stream().filter(r -> r.entity() == type && r.key().equals(key)).findFirst().orElseThrow();
    }
}
