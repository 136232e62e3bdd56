package org.onecsync.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onecsync.jdbi.Samples.row;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.Category;
import org.onecsync.model.EntityType;
import org.onecsync.model.Offer;
import org.onecsync.model.OfferKey;
import org.onecsync.model.Price;
import org.onecsync.model.Product;
import org.onecsync.model.Stock;
import org.onecsync.store.ImportTransaction;

/** The documented views: the same rows and columns on both databases. */
interface ViewContract extends StoreContract {

    /** Writes the samples plus products and offers that exercise the offer view's rules. */
    private void fill() {
        try (ImportTransaction transaction = begin()) {
            for (CatalogRecord record : Samples.ALL) {
                // PLAIN (p2) is inactive: its offer and price are inactive in the views too.
                boolean active = record != Samples.PLAIN && record != Samples.DRESS_MAIN;
                transaction.insert(record.type(), List.of(row(record, active)));
            }
            transaction.insert(EntityType.PRODUCT, List.of(row(product("p3", "SKU-3")), row(product("p4#a", null)),
                    row(product("p5#b", null)), row(product("p6", null), false), row(product("p6#c", null))));
            transaction.insert(EntityType.OFFER, List.of(row(offer("p4", "a")), row(offer("p6", "c"))));
            transaction.insert(EntityType.PRICE, List.of(row(new Price(new OfferKey("p6", "c"), "t1",
                    new BigDecimal("5"), null, null, null)), row(new Price(new OfferKey("p5", "b"), "t1",
                    new BigDecimal("7.10"), "RUB", null, null))));
            transaction.insert(EntityType.STOCK, List.of(row(new Stock(new OfferKey("p3", null), null, BigDecimal.ONE))));
            transaction.insert(EntityType.CATEGORY, List.of(row(new Category("c3", "c2", null, false)),
                    row(new Category("c9", "nowhere", "Сирота", false)), row(new Category("c10", "c10", "Сам", false))));
            transaction.commit(succeeded());
        }
    }

    @Test
    default void offerViewListsEverySellableItemOnce() throws Exception {
        fill();
        assertEquals(List.of(
                        line("p1#v42", "p1", "v42", "SKU-1-42", "Платье 42", null, "1"),
                        line("p2", "p2", null, null, "Просто товар", null, "0"),
                        line("p3", "p3", null, "SKU-3", "n p3", null, "1"),
                        line("p4#a", "p4", "a", null, "o p4#a", null, "1"),
                        line("p5#b", "p5#b", null, null, "n p5#b", null, "1"),
                        // Offer p6#c: its product p6 is inactive, although product 'p6#c' is active.
                        line("p6#c", "p6", "c", null, "o p6#c", null, "0")),
                view("SELECT offer_key, product_id, variant_id, sku, name, barcode, " + flag("active")
                        + " FROM onecsync_offer_v ORDER BY offer_key"));
    }

    @Test
    default void priceAndStockViewsResolveNamesAndCombineActiveFlags() throws Exception {
        fill();
        assertEquals(List.of(
                        line("p1#v42", "p1", "v42", "t1", "Розничная", "1990.5", "RUB", "1"),
                        line("p2", "p2", null, "t2", "Оптовая", "0.000001", null, "0"),
                        line("p5#b", "p5", "b", "t1", "Розничная", "7.1", "RUB", "1"),
                        line("p6#c", "p6", "c", "t1", "Розничная", "5", null, "0")),
                numbers(view("SELECT offer_key, product_id, variant_id, price_type_id, price_type_name, amount,"
                        + " currency, " + flag("active") + " FROM onecsync_price_v ORDER BY offer_key"), 5));
        assertEquals(List.of(
                        line("p1#v42", "p1", "v42", null, null, "12", "1"),
                        // SQLite's NUMERIC is a double: 21 significant digits do not survive the view's CAST.
                        line("p1#v42", "p1", "v42", "w1", "Главный склад",
                                postgres() ? "999999999999999.999999" : "1000000000000000", "0"),
                        line("p3", "p3", null, null, null, "1", "1")),
                numbers(view("SELECT offer_key, product_id, variant_id, warehouse_id, warehouse_name,"
                        + " quantity, " + flag("active") + " FROM onecsync_stock_v ORDER BY offer_key, COALESCE(warehouse_id, '')"),
                        5));
    }

    @Test
    default void categoryViewBuildsPathsAndDepths() throws Exception {
        fill();
        assertEquals(List.of(
                        line("c1", null, "Одежда", "Одежда", "0", "1"),
                        line("c10", "c10", "Сам", "Сам", "0", "1"),
                        line("c2", "c1", Samples.CHILD.name(), "Одежда / " + Samples.CHILD.name(), "1", "1"),
                        line("c3", "c2", null, "Одежда / " + Samples.CHILD.name() + " / ", "2", "1"),
                        line("c9", "nowhere", "Сирота", "Сирота", "0", "1")),
                view("SELECT category_id, parent_id, name, path, depth, " + flag("active")
                        + " FROM onecsync_category_v ORDER BY category_id"));
    }

    @Test
    default void propertyValuesResolveDictionaryEntries() throws Exception {
        fill();
        assertEquals(List.of(
                        line("offer", "p1#v42", "p1", "pr1", "Цвет", "Красный", "d1"),
                        line("product", "p1", "p1", "pr1", "Цвет", "Красный", "d1"),
                        line("product", "p1", "p1", "pr9", null, "свободный текст", "свободный текст")),
                view("SELECT owner, owner_key, product_id, property_id, property_name, value, raw_value"
                        + " FROM onecsync_property_value_v ORDER BY owner, owner_key, property_id"));
        assertEquals(List.of(line("pr1", "Цвет", "Справочник", "1")),
                view("SELECT property_id, name, value_type, " + flag("active") + " FROM onecsync_property_v"));
    }

    @Test
    default void referenceViewsHaveTheirColumns() throws Exception {
        fill();
        assertEquals(List.of(line("p1", "SKU-1", "Платье", Samples.DRESS.description(), "c2", "796", "шт",
                        "4600000000017", "Россия", "AAAA", "1")),
                view("SELECT product_id, sku, name, description, category_id, unit_code, unit, barcode, country,"
                        + " version, " + flag("active") + " FROM onecsync_product_v WHERE product_id = 'p1'"));
        assertEquals(List.of(line("t1", "Розничная", "RUB", "НДС", "1", "1"), line("t2", "Оптовая", null, null, null,
                        "1")),
                view("SELECT price_type_id, name, currency, tax_name, " + flag("tax_included") + ", "
                        + flag("active") + " FROM onecsync_price_type_v ORDER BY price_type_id"));
        assertEquals(List.of(line("w1", "Главный склад", "1")),
                view("SELECT warehouse_id, name, " + flag("active") + " FROM onecsync_warehouse_v"));
        assertEquals(List.of(line("796", "796", "шт", "Штука", "PCE", "1")),
                view("SELECT unit_id, code, short_name, full_name, international_abbreviation, " + flag("active")
                        + " FROM onecsync_unit_v"));
        assertEquals(List.of(line("k1", "ООО Ромашка", "Общество \"Ромашка\"", null, "Покупатель", "7700000000",
                        "770001001", null, "1")),
                view("SELECT counterparty_id, name, full_name, official_name, role, inn, kpp, okpo, "
                        + flag("active") + " FROM onecsync_counterparty_v"));
    }

    private List<List<String>> view(String sql) throws Exception {
        return sqlRows(url(), sql);
    }

    /** A boolean column as 1, 0 or NULL on both databases. */
    private static String flag(String column) {
        return "CASE WHEN " + column + " THEN '1' WHEN NOT " + column + " THEN '0' END AS " + column;
    }

    /** Column {@code index} read as a number (PostgreSQL numeric text, SQLite's REAL or INTEGER), compared by value. */
    private static List<List<String>> numbers(List<List<String>> rows, int index) {
        List<List<String>> result = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> copy = new ArrayList<>(row);
            copy.set(index, new BigDecimal(row.get(index)).stripTrailingZeros().toPlainString());
            result.add(copy);
        }
        return result;
    }

    private static List<String> line(String... values) {
        return Arrays.asList(values);
    }

    private static Product product(String id, String sku) {
        return new Product(id, sku, "n " + id, null, List.of(), null, null, null, null, List.of(), List.of(),
                List.of(), List.of(), List.of(), null, false);
    }

    private static Offer offer(String product, String variant) {
        OfferKey key = new OfferKey(product, variant);
        return new Offer(key, "o " + key, null, null, null, List.of(), List.of(), null, false);
    }
}
