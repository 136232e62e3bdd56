package org.onecsync.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.Category;
import org.onecsync.model.Characteristic;
import org.onecsync.model.Discount;
import org.onecsync.model.Image;
import org.onecsync.model.Manufacturer;
import org.onecsync.model.OfferKey;
import org.onecsync.model.Order;
import org.onecsync.model.OrderLine;
import org.onecsync.model.Price;
import org.onecsync.model.Product;
import org.onecsync.model.PropertyValue;
import org.onecsync.model.Requisite;
import org.onecsync.model.Stock;
import org.onecsync.model.TaxRate;
import org.onecsync.model.UnitRef;
import org.onecsync.model.Warehouse;

/** {@link RecordCodec#hash}: equal records hash alike, any single change shows, the value is pinned. */
class RecordCodecHashTest {

    static Stream<CatalogRecord> samples() {
        return Samples.all().stream();
    }

    private static long hash(CatalogRecord record) {
        return RecordCodec.hash(record);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void equalRecordsHashAlike(CatalogRecord record) {
        CatalogRecord copy = RecordCodec.fromJson(record.type(), RecordCodec.json(record));
        assertEquals(record, copy);
        assertEquals(hash(record), hash(copy));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySingleFieldChangeChangesTheHash(CatalogRecord record) {
        long original = hash(record);
        Map<Long, CatalogRecord> seen = new HashMap<>();
        List<String> collisions = new ArrayList<>();
        for (Mutations.Mutation m : Mutations.of((Record) record)) {
            CatalogRecord variant = (CatalogRecord) m.value();
            long h = hash(variant);
            if (h == original) {
                collisions.add(m.what() + " hashes like the original");
            }
            CatalogRecord earlier = seen.putIfAbsent(h, variant);
            if (earlier != null && !earlier.equals(variant)) {
                collisions.add(m.what() + " hashes like another variant");
            }
        }
        assertEquals(List.of(), collisions);
    }

    @Test
    void variantsOfAllSamplesHashDistinctly() {
        Set<CatalogRecord> records = new HashSet<>(Samples.all());
        for (CatalogRecord record : Samples.all()) {
            Mutations.of((Record) record).forEach(m -> records.add((CatalogRecord) m.value()));
        }
        Set<Long> hashes = new HashSet<>();
        records.forEach(r -> hashes.add(hash(r)));
        assertTrue(records.size() > 500, "only " + records.size() + " records");
        assertEquals(records.size(), hashes.size());
    }

    @Test
    void nullAndEmptyTextHashDifferently() {
        assertNotEquals(hash(new Category("c", null, null, false)), hash(new Category("c", "", null, false)));
        assertNotEquals(hash(new Category("c", null, "", false)), hash(new Category("c", "", null, false)));
        assertNotEquals(hash(new Warehouse("w", null, false)), hash(new Warehouse("w", "\u0000", false)));
    }

    @Test
    void textBoundariesAndListBoundariesCount() {
        assertNotEquals(hash(new Category("ab", "c", null, false)), hash(new Category("a", "bc", null, false)));
        assertNotEquals(hash(new Category("abcd", "", null, false)), hash(new Category("abc", "d", null, false)));
        assertNotEquals(hash(new Warehouse("w", "ab\u0000", false)), hash(new Warehouse("w", "ab", false)));
        assertNotEquals(hash(product(List.of("ab", "c"), List.of())), hash(product(List.of("a", "bc"), List.of())));
        assertNotEquals(hash(product(List.of("a"), List.of(new PropertyValue("b", null)))),
                hash(product(List.of("a", "b"), List.of())));
        assertNotEquals(hash(product(List.of(), List.of(new PropertyValue("a", "b"), new PropertyValue("c", null)))),
                hash(product(List.of(), List.of(new PropertyValue("a", null), new PropertyValue("b", "c")))));
    }

    @Test
    void listOrderCounts() {
        assertNotEquals(hash(product(List.of("a", "b"), List.of())), hash(product(List.of("b", "a"), List.of())));
        Product one = product(List.of(), List.of(new PropertyValue("a", "1"), new PropertyValue("b", "2")));
        Product two = product(List.of(), List.of(new PropertyValue("b", "2"), new PropertyValue("a", "1")));
        assertNotEquals(hash(one), hash(two));
    }

    @Test
    void sameFieldsOfDifferentPartsHashDifferently() {
        Product characteristic = new Product("p", null, null, null, List.of(), null, null, null, null, List.of(),
                List.of(new Characteristic("a", "b")), List.of(), List.of(), List.of(), null, false);
        Product property = product(List.of(), List.of(new PropertyValue("a", "b")));
        assertNotEquals(hash(characteristic), hash(property));
    }

    @Test
    void differentEntitiesWithSameValuesHashDifferently() {
        assertNotEquals(hash(new Stock(new OfferKey("p", null), "t", BigDecimal.ONE)),
                hash(new Price(new OfferKey("p", null), "t", BigDecimal.ONE, null, null, null)));
    }

    @Test
    void decimalsHashByNumericValue() {
        assertEquals(hash(stock("10.5")), hash(stock("10.50")));
        assertEquals(hash(stock("0")), hash(stock("0.000")));
        assertEquals(hash(stock("100")), hash(stock("1E+2")));
        assertEquals(hash(stock("1e309")), hash(stock("1" + "0".repeat(309) + ".00")));
        assertNotEquals(hash(stock("10.5")), hash(stock("10.51")));
        assertNotEquals(hash(stock("1")), hash(stock("-1")));
        assertNotEquals(hash(stock("0.1")), hash(stock("1")));
        assertNotEquals(hash(stock("1e309")), hash(stock("1e308")));
        assertNotEquals(hash(stock("1e309")), hash(stock(new BigDecimal("1e309").add(BigDecimal.ONE).toPlainString())));
        assertNotEquals(hash(stock("9223372036854775807")), hash(stock("9223372036854775808")));
    }

    /**
     * The hash of one record, pinned: stored hashes must not move between releases. If this fails, the hash
     * (or a record's fields) changed; that is allowed only together with a bump of {@link RecordCodec#VERSION},
     * after which update the literals.
     */
    @Test
    void hashValueIsPinnedForVersionOne() {
        assertEquals(1, RecordCodec.VERSION);
        Product product = new Product("p-1", "SKU-1", "Гантеля \"Espado\" 😀", null, List.of("c-1", "c-2"),
                new UnitRef("796", "шт", null, null), null, "", new Manufacturer("m-1", "Espado", null),
                List.of(new PropertyValue("prop-1", "v-1"), new PropertyValue("prop-2", null)),
                List.of(new Characteristic("Цвет", "жёлтый")), List.of(new Requisite("Вид", "Товар")),
                List.of(new Image("a.jpg", null)), List.of(new TaxRate("НДС", "20")), "AAAAAQ==", false);
        assertEquals(-7239510223020194494L, hash(product));
        assertEquals(-3152186031712448235L, hash(new Warehouse("w-1", "Основной склад", true)));
        assertEquals(5893156743065033457L, hash(new Price(new OfferKey("p-1", "v-1"), "pt-1", new BigDecimal("1250.50"), "RUB",
                null, null)));
    }

    /**
     * An order without the fields added for issue 11 (comment, coefficient, discounts) keeps the hash and text
     * version 1 gave it (the literal was computed with version 1's ContentHash), and each added field, when
     * set, changes the hash.
     */
    @Test
    void orderWithoutTheIssue11FieldsKeepsItsVersionOneHashAndText() {
        OrderLine line = new OrderLine("p-1#v-1", "Гантеля", new UnitRef("796", "шт", "Штука", "PCE"),
                new BigDecimal("1250.50"), new BigDecimal("2"), new BigDecimal("2501.00"),
                List.of(new Requisite("ВидНоменклатуры", "Товар")));
        Order order = order(line, null);
        assertEquals(7969345874305464445L, hash(order));
        assertEquals(V1RecordJson.write(order), RecordCodec.json(order));
        Set<Long> hashes = new HashSet<>(List.of(hash(order),
                hash(order(line, "Позвонить")),
                hash(order(new OrderLine(line.productId(), line.name(), line.unit(), line.price(), line.quantity(),
                        line.sum(), line.requisites(), BigDecimal.ONE, List.of()), null)),
                hash(order(new OrderLine(line.productId(), line.name(), line.unit(), line.price(), line.quantity(),
                        line.sum(), line.requisites(), null,
                        List.of(new Discount(null, BigDecimal.ONE, null, false))), null))));
        assertEquals(4, hashes.size());
    }

    private static Order order(OrderLine line, String comment) {
        return new Order("o-1", "00001", LocalDateTime.of(2024, 3, 1, 12, 30, 5), "Заказ товара", "Продавец", "RUB",
                new BigDecimal("1"), new BigDecimal("2501.00"), List.of(), List.of(line),
                List.of(new Requisite("Статус заказа", "Новый")), false, comment);
    }

    private static Stock stock(String quantity) {
        return new Stock(new OfferKey("p", "v"), "w", new BigDecimal(quantity));
    }

    private static Product product(List<String> categories, List<PropertyValue> values) {
        return new Product("p", null, null, null, categories, null, null, null, null, values, List.of(), List.of(),
                List.of(), List.of(), null, false);
    }
}
