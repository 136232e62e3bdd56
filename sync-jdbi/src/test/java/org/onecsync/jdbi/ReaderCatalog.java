package org.onecsync.jdbi;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.onecsync.model.Address;
import org.onecsync.model.AddressField;
import org.onecsync.model.BankAccount;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.Category;
import org.onecsync.model.Characteristic;
import org.onecsync.model.Contact;
import org.onecsync.model.Counterparty;
import org.onecsync.model.DictionaryValue;
import org.onecsync.model.Image;
import org.onecsync.model.Manufacturer;
import org.onecsync.model.Offer;
import org.onecsync.model.OfferKey;
import org.onecsync.model.Price;
import org.onecsync.model.PriceType;
import org.onecsync.model.Product;
import org.onecsync.model.Property;
import org.onecsync.model.PropertyValue;
import org.onecsync.model.Representative;
import org.onecsync.model.Requisite;
import org.onecsync.model.Stock;
import org.onecsync.model.TaxRate;
import org.onecsync.model.Unit;
import org.onecsync.model.UnitRef;
import org.onecsync.model.Warehouse;

/**
 * The catalog the reader tests store: every entity, every column filled somewhere, and the awkward keys (a
 * product's own offer {@code p} beside its variant {@code p#a} and a product {@code p!}, cyrillic ids, ids with
 * {@code #}, characters beyond the BMP whose UTF-16 order differs from their UTF-8 order, the empty unit id).
 */
final class ReaderCatalog {

    static final Instant T1 = Instant.parse("2024-05-01T10:00:00.123456Z");
    static final Instant T2 = Instant.parse("2024-05-02T11:30:00.000001Z");

    /** One stored row. */
    record Row(CatalogRecord record, boolean active, long session, Instant at) {
    }

    static final Unit PCS = new Unit("796", "796", "шт", "Штука", "PCE", false);
    static final Unit NO_ID = new Unit("", "", null, null, null, false);

    static final Warehouse W1 = new Warehouse("w1", "Основной", false);
    static final Warehouse W2 = new Warehouse("w2", "Дальний", true);

    static final PriceType T_RETAIL = new PriceType("t1", "Розничная", "RUB", "НДС", true, false);
    static final PriceType T_BULK = new PriceType("t2", "Оптовая", null, null, null, false);

    static final Category C1 = new Category("c1", null, "Одежда", false);
    static final Category C0 = new Category("c0", "c1", "Аксессуары", false);
    static final Category C2 = new Category("c2", "c1", "Брюки", false);
    static final Category C3 = new Category("c3", "c1", "Брюки", true);
    static final Category C4 = new Category("c4", "c2", "Джинсы", false);
    static final Category C9 = new Category("c9", null, "Обувь", false);
    static final Category ORPHAN = new Category("c7", "missing", "Сирота", false);

    static final Property COLOR = new Property("color", "Цвет", "Справочник",
            List.of(new DictionaryValue("red", "Красный"), new DictionaryValue("blue", "Синий")), false);
    static final Property SIZE = new Property("size", "Размер", "Строка", List.of(), false);

    static final Product P1 = new Product("p1", "SKU-1", "Брюки классические", "Line1\nLine2 \"quoted\" <b>\u2028",
            List.of("c2", "c3"), new UnitRef("796", "шт", "Штука", "PCE"), "4600000000001", "Россия",
            new Manufacturer("m1", "Фабрика", null),
            List.of(new PropertyValue("color", "red"), new PropertyValue("size", "XL"),
                    new PropertyValue("unknown", "42"), new PropertyValue("color", null),
                    new PropertyValue("color", "green")),
            List.of(new Characteristic("Цвет", "синий")),
            List.of(new Requisite("ВидНоменклатуры", "Товар"), new Requisite("Вес", null)),
            List.of(new Image("import_files/ab/p1.jpg", "Фото"), new Image("import_files/ab/p1b.jpg", null)),
            List.of(new TaxRate("НДС", "20")), "AAAAAQ==", false);
    static final Offer P1A = new Offer(new OfferKey("p1", "a"), "Брюки 48", null, "4600000000018",
            new UnitRef("796", null, null, null), List.of(new Characteristic("Размер", "48")),
            List.of(new PropertyValue("size", "48")), "v2", false);
    static final Offer P1B = new Offer(new OfferKey("p1", "b"), null, "SKU-1B", null, null, List.of(), List.of(),
            null, false);

    static final Product P2 = product("p2", "SKU-2", "Простой товар");
    static final Product P3 = product("p3", "SKU-3", "Товар с предложением");
    static final Offer P3_OWN = offer(new OfferKey("p3", null), "Предложение p3");
    /** A 2.x variant listed as a product. */
    static final Product P4V = product("p4#v", null, "Вариант из 2.x");
    static final Offer P4V_OFFER = offer(new OfferKey("p4", "v"), "Предложение p4#v");
    static final Product P5 = new Product("p5", "SKU-2", "Удалённый", null, List.of(), null, null, null, null,
            List.of(), List.of(), List.of(), List.of(), List.of(), null, true);
    static final Offer P5A = offer(new OfferKey("p5", "a"), "Вариант удалённого");
    static final Product P = product("p", null, "p");
    static final Offer PA = offer(new OfferKey("p", "a"), "p#a");
    static final Product P_BANG = product("p!", null, "p!");
    static final Product CYRILLIC = product("товар", "SKU-2", "Кириллица");
    static final Product YO = product("ёлка", null, "Ёлка");
    static final Product FF = product("\uFB00", null, "ligature");
    static final Product DOUBLE_STRUCK = product("\uD835\uDD38", null, "double-struck A");
    static final Offer HASH_VARIANT = offer(new OfferKey("p6", "x#y"), "variant with #");
    /** An active product whose variant, listed as a product too, is inactive. */
    static final Product Q = product("q", null, "q");
    static final Product QV = product("q#v", null, "q#v");
    static final Offer QV_OFFER = offer(new OfferKey("q", "v"), "offer q#v");
    /** An inactive product whose variant, listed as a product without an offer row, is active. */
    static final Product R = product("r", null, "r");
    static final Product RW = product("r#w", null, "r#w");

    static final Counterparty ADMIN = new Counterparty("1#admin# admin", "Администратор", "ООО \"Ромашка\"",
            "Ромашка", "Покупатель", "7700000000", "770001001", "12345678",
            List.of(new Address("Адрес", "Москва, ул. Ленина, 1",
                    List.of(new AddressField("Почтовый индекс", "101000"), new AddressField("Улица", "Ленина")))),
            List.of(new Contact("Почта", "admin@example.com")),
            List.of(new BankAccount("40702810000000000001", "Банк", "044525000", null, null)),
            List.of(new Representative("r1", "Иван", "Контактное лицо")), "7", false);
    static final Counterparty PLAIN = new Counterparty("c-2", "Клиент", null, null, null, null, null, null,
            List.of(), List.of(), List.of(), List.of(), null, false);
    static final Counterparty YA = new Counterparty("Я-3", "Я", null, null, null, null, null, null,
            List.of(), List.of(), List.of(), List.of(), null, true);

    private ReaderCatalog() {
    }

    static Product product(String id, String sku, String name) {
        return new Product(id, sku, name, null, List.of(), null, null, null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), null, false);
    }

    static Offer offer(OfferKey key, String name) {
        return new Offer(key, name, null, null, null, List.of(), List.of(), null, false);
    }

    static Price price(String offer, String type, String amount) {
        return new Price(OfferKey.parse(offer), type, new BigDecimal(amount), "RUB", null, null);
    }

    static Stock stock(String offer, String warehouse, String quantity) {
        return new Stock(OfferKey.parse(offer), warehouse, new BigDecimal(quantity));
    }

    static final Price P1A_RETAIL = new Price(new OfferKey("p1", "a"), "t1", new BigDecimal("1234.50"), "RUB", "шт",
            new BigDecimal("1"));
    static final Price P1A_BULK = new Price(new OfferKey("p1", "a"), "t2", new BigDecimal("1000"), null, null, null);
    static final Price P1A_UNKNOWN = new Price(new OfferKey("p1", "a"), "tX", new BigDecimal("7.000001"), "руб",
            null, new BigDecimal("0.5"));

    /** Every row, in no particular order. */
    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        add(rows, true, 1, T1, PCS, NO_ID, W1, T_RETAIL, T_BULK, C1, C0, C2, C4, C9, ORPHAN, COLOR, SIZE,
                P1, P1A, P1B, P2, P3, P3_OWN, P4V, P4V_OFFER, P5A, P, PA, P_BANG, CYRILLIC, YO, FF, DOUBLE_STRUCK,
                HASH_VARIANT, ADMIN, PLAIN, Q, QV_OFFER, RW, price("q#v", "t1", "8"),
                P1A_RETAIL, P1A_BULK, P1A_UNKNOWN, price("p1#b", "t1", "99.99"), price("p2", "t1", "10.5"),
                price("p", "t1", "1"), price("p#a", "t1", "2"), price("p!", "t1", "3"), price("p5#a", "t1", "500"),
                price("p4#v", "t1", "40"), price("p6#x#y", "t1", "0.000001"),
                stock("p1#a", "w1", "3"), stock("p1#a", "w3", "1.5"), stock("p1#b", "w1", "1"),
                stock("p1#b", null, "10"), stock("p2", null, "5"), stock("p", null, "4"), stock("p", "w1", "4"),
                stock("p#a", "w1", "0"), stock("p5#a", "w1", "7"), stock("товар", "w1", "123456789012345.123456"));
        add(rows, false, 2, T2, W2, C3, P5, YA, stock("p1#a", "w2", "2"), QV, R);
        return rows;
    }

    private static void add(List<Row> rows, boolean active, long session, Instant at, CatalogRecord... records) {
        for (CatalogRecord record : records) {
            rows.add(new Row(record, active, session, at));
        }
    }

    /** Stores every row. */
    static void store(String url) throws SQLException {
        try (TypedRows typed = new TypedRows(url)) {
            for (Row row : rows()) {
                typed.put(row.record(), row.active(), row.session(), row.at());
            }
        }
    }
}
