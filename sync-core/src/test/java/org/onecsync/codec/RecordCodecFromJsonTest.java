package org.onecsync.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityType;
import org.onecsync.model.OfferKey;
import org.onecsync.model.Price;
import org.onecsync.model.PriceType;
import org.onecsync.model.Product;
import org.onecsync.model.PropertyValue;
import org.onecsync.model.Stock;
import org.onecsync.model.UnitRef;
import org.onecsync.model.Warehouse;

/** {@link RecordCodec#fromJson} reads back what {@link RecordCodec#json} and PostgreSQL's jsonb print. */
class RecordCodecFromJsonTest {

    static Stream<CatalogRecord> samples() {
        return Samples.all().stream();
    }

    static Stream<CatalogRecord> variants() {
        return Samples.full().stream().flatMap(r -> Mutations.of((Record) r).stream())
                .map(m -> (CatalogRecord) m.value());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void readsBackEverySample(CatalogRecord record) {
        String json = RecordCodec.json(record);
        CatalogRecord read = RecordCodec.fromJson(record.type(), json);
        assertEquals(record, read);
        assertEquals(json, RecordCodec.json(read));
    }

    @ParameterizedTest
    @MethodSource("variants")
    void readsBackEverySingleFieldVariant(CatalogRecord record) {
        assertEquals(record, RecordCodec.fromJson(record.type(), RecordCodec.json(record)));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void readsEverySampleAsJsonbPrintsIt(CatalogRecord record) {
        String json = RecordCodec.json(record);
        String jsonb = Jsonb.of(json);
        CatalogRecord read = RecordCodec.fromJson(record.type(), jsonb);
        assertEquals(record, read);
        assertEquals(json, RecordCodec.json(read));
    }

    @Test
    void jsonbPrinterReordersKeysAndSpaces() {
        assertEquals("{\"id\": \"w-1\", \"name\": \"Основной склад\", \"deleted\": true}",
                Jsonb.of(RecordCodec.json(Samples.warehouse())));
    }

    @Test
    void readsKeysInAnyOrderWithWhitespace() {
        String jsonb = "{\"unit\": \"шт\", \"offer\": \"p-1#v-1\", \"amount\": 1250.50, \"currency\": \"RUB\", "
                + "\"coefficient\": 1.000, \"priceTypeId\": \"pt-1\"}";
        assertEquals(Samples.price(), RecordCodec.fromJson(EntityType.PRICE, jsonb));
        String spaced = " {\n\t\"deleted\" : true ,\"name\":\"Основной склад\" , \"id\"\r\n: \"w-1\" } \n";
        assertEquals(Samples.warehouse(), RecordCodec.fromJson(EntityType.WAREHOUSE, spaced));
    }

    @Test
    void keepsTheScaleOfDecimals() {
        Price price = (Price) RecordCodec.fromJson(EntityType.PRICE,
                "{\"offer\": \"p\", \"amount\": 10.50, \"coefficient\": 100, \"priceTypeId\": \"t\"}");
        assertEquals(new BigDecimal("10.50"), price.amount());
        assertEquals(2, price.amount().scale());
        assertEquals(new BigDecimal("100"), price.coefficient());
        assertEquals("{\"offer\":\"p\",\"priceTypeId\":\"t\",\"amount\":10.50,\"coefficient\":100}",
                RecordCodec.json(price));
    }

    @Test
    void readsHugeAndTinyDecimalsExactly() {
        String digits = "9".repeat(400) + "." + "1".repeat(50);
        Stock stock = (Stock) RecordCodec.fromJson(EntityType.STOCK, "{\"offer\":\"p\",\"quantity\":" + digits + "}");
        assertEquals(new BigDecimal(digits), stock.quantity());
        Stock exponent = (Stock) RecordCodec.fromJson(EntityType.STOCK, "{\"offer\":\"p\",\"quantity\":1e309}");
        assertEquals(new BigDecimal("1e309"), exponent.quantity());
        Stock quoted = (Stock) RecordCodec.fromJson(EntityType.STOCK, "{\"offer\":\"p\",\"quantity\":\"-0.001\"}");
        assertEquals(new BigDecimal("-0.001"), quoted.quantity());
    }

    @Test
    void readsDecimalsWithNegativeScaleBackAsTheSamePlainNumber() {
        Stock stock = new Stock(new OfferKey("p", null), null, new BigDecimal("1E+309"));
        String json = RecordCodec.json(stock);
        assertEquals("{\"offer\":\"p\",\"quantity\":1" + "0".repeat(309) + "}", json);
        Stock read = (Stock) RecordCodec.fromJson(EntityType.STOCK, json);
        assertEquals(0, read.quantity().scale());
        assertEquals(0, read.quantity().compareTo(stock.quantity()));
        assertEquals(json, RecordCodec.json(read));
        assertEquals(RecordCodec.hash(stock), RecordCodec.hash(read));
    }

    @Test
    void readsAbsentFieldsAsNullFalseAndEmptyLists() {
        assertEquals(new Product("p", null, null, null, List.of(), null, null, null, null, List.of(), List.of(),
                List.of(), List.of(), List.of(), null, false), RecordCodec.fromJson(EntityType.PRODUCT, "{\"id\":\"p\"}"));
        assertEquals(new PriceType("t", null, null, null, null, false),
                RecordCodec.fromJson(EntityType.PRICE_TYPE, "{\"id\":\"t\"}"));
    }

    @Test
    void readsJsonNullsAsAbsent() {
        String json = "{\"id\":\"p\",\"sku\":null,\"categoryIds\":null,\"unit\":null,\"manufacturer\":null,"
                + "\"propertyValues\":[{\"propertyId\":\"a\",\"value\":null}],\"deleted\":null}";
        assertEquals(new Product("p", null, null, null, List.of(), null, null, null, null,
                List.of(new PropertyValue("a", null)), List.of(), List.of(), List.of(), List.of(), null, false),
                RecordCodec.fromJson(EntityType.PRODUCT, json));
    }

    @Test
    void ignoresUnknownFieldsAtEveryLevel() {
        String json = "{\"extra\":{\"a\":[1,{\"b\":null}]},\"id\":\"p\",\"unit\":{\"code\":\"796\",\"x\":[]},"
                + "\"propertyValues\":[{\"propertyId\":\"a\",\"value\":\"b\",\"n\":1.5}],\"more\":[true],"
                + "\"deleted\":true,\"last\":\"z\"}";
        assertEquals(new Product("p", null, null, null, List.of(), new UnitRef("796", null, null, null), null,
                null, null, List.of(new PropertyValue("a", "b")), List.of(), List.of(), List.of(), List.of(),
                null, true), RecordCodec.fromJson(EntityType.PRODUCT, json));
    }

    @Test
    void readsEveryStandardEscape() {
        String json = "{\"id\":\"\\b\\f\\n\\r\\t\\\"\\\\\\/\\u0000\\u001F\\u2028\\u00e9\\ud83d\\ude00\"}";
        assertEquals(new Warehouse("\b\f\n\r\t\"\\/\u0000\u001f\u2028é😀", null, false),
                RecordCodec.fromJson(EntityType.WAREHOUSE, json));
    }

    @Test
    void readsOfferKeyTextIntoProductAndVariant() {
        Stock stock = (Stock) RecordCodec.fromJson(EntityType.STOCK,
                "{\"offer\":\"p#v#w\",\"warehouseId\":\"s\",\"quantity\":0}");
        assertEquals(new OfferKey("p", "v#w"), stock.offer());
        Stock own = (Stock) RecordCodec.fromJson(EntityType.STOCK, "{\"offer\":\"p#\",\"quantity\":0}");
        assertEquals(new OfferKey("p", null), own.offer());
    }

    @Test
    void refusesTextThatIsNotARecord() {
        for (String bad : List.of("", " ", "{", "null", "[]", "\"x\"", "{\"id\":\"w\"} {}", "{\"id\":\"w\",}",
                "{\"id\":[\"w\"]}", "{\"id\":\"w\",\"deleted\":\"yes\"}", "{\"id\":\"w\",\"deleted\":1}")) {
            assertThrows(IllegalArgumentException.class, () -> RecordCodec.fromJson(EntityType.WAREHOUSE, bad), bad);
        }
        for (String bad : List.of("{\"offer\":\"p\",\"quantity\":\"many\"}", "{\"offer\":\"#v\",\"quantity\":1}",
                "{\"offer\":\"p\",\"quantity\":[1]}", "{\"offer\":{},\"quantity\":1}")) {
            assertThrows(IllegalArgumentException.class, () -> RecordCodec.fromJson(EntityType.STOCK, bad), bad);
        }
        for (String bad : List.of("{\"id\":\"p\",\"categoryIds\":\"c\"}", "{\"id\":\"p\",\"categoryIds\":[null]}",
                "{\"id\":\"p\",\"propertyValues\":[null]}", "{\"id\":\"p\",\"unit\":\"796\"}",
                "{\"id\":\"p\",\"images\":{}}")) {
            assertThrows(IllegalArgumentException.class, () -> RecordCodec.fromJson(EntityType.PRODUCT, bad), bad);
        }
        assertThrows(IllegalArgumentException.class,
                () -> RecordCodec.fromJson(EntityType.ORDER, "{\"id\":\"o\",\"date\":\"yesterday\"}"));
    }

    @Test
    void namesTheEntityAndPlaceOfAFailure() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecordCodec.fromJson(EntityType.PRODUCT, "{\"id\":\"p\",\"categoryIds\":\"c\"}"));
        assertEquals("malformed JSON for products: expected an array for categoryIds but found a string"
                + " (at character 24)", e.getMessage());
    }
}
