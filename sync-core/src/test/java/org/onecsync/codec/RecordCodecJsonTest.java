package org.onecsync.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.Category;
import org.onecsync.model.OfferKey;
import org.onecsync.model.Order;
import org.onecsync.model.Price;
import org.onecsync.model.PriceType;
import org.onecsync.model.Stock;
import org.onecsync.model.Warehouse;

/** {@link RecordCodec#json} writes exactly what version 1's reflective writer wrote. */
class RecordCodecJsonTest {

    static Stream<CatalogRecord> samples() {
        return Samples.all().stream();
    }

    static Stream<CatalogRecord> variants() {
        return Samples.full().stream().flatMap(r -> Mutations.of((Record) r).stream())
                .map(m -> (CatalogRecord) m.value());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void writesSameTextAsVersionOneForEverySample(CatalogRecord record) {
        assertEquals(V1RecordJson.write((Record) record), RecordCodec.json(record));
    }

    @ParameterizedTest
    @MethodSource("variants")
    void writesSameTextAsVersionOneWhenAnySingleFieldDiffers(CatalogRecord record) {
        assertEquals(V1RecordJson.write((Record) record), RecordCodec.json(record));
    }

    @Test
    void fullSamplesSetEveryComponentOfEveryType() {
        for (CatalogRecord record : Samples.full()) {
            assertEquals(List.of(), Mutations.unset((Record) record), record.type().jsonName());
        }
        assertEquals(org.onecsync.model.EntityType.values().length,
                Samples.full().stream().map(CatalogRecord::type).distinct().count());
    }

    @Test
    void leavesOutNullsAndWritesFalseAndEmptyLists() {
        assertEquals("{\"id\":\"p-2\",\"categoryIds\":[],\"propertyValues\":[],\"characteristics\":[],"
                + "\"requisites\":[],\"images\":[],\"taxRates\":[],\"deleted\":true}",
                RecordCodec.json(Samples.sparseProduct()));
        assertEquals("{\"id\":\"c\",\"deleted\":false}", RecordCodec.json(new Category("c", null, null, false)));
    }

    @Test
    void writesBooleanObjectOnlyWhenPresent() {
        assertEquals("{\"id\":\"pt-1\",\"name\":\"Розничная\",\"currency\":\"RUB\",\"taxName\":\"НДС\","
                + "\"taxIncluded\":false,\"deleted\":false}", RecordCodec.json(Samples.priceType()));
        assertEquals("{\"id\":\"pt-2\",\"deleted\":false}", RecordCodec.json(Samples.sparsePriceType()));
        assertEquals("{\"id\":\"pt-3\",\"taxIncluded\":true,\"deleted\":true}",
                RecordCodec.json(new PriceType("pt-3", null, null, null, Boolean.TRUE, true)));
    }

    @Test
    void writesNestedPartsInDeclarationOrder() {
        assertEquals("{\"offerKey\":\"p-1#v-1\",\"name\":\"Гантеля жёлтая\",\"sku\":\"SKU-1-Y\","
                + "\"barcode\":\"4600000000024\",\"unit\":{\"code\":\"796\",\"name\":\"шт\","
                + "\"fullName\":\"Штука (единица)\",\"internationalAbbreviation\":\"PCE\"},"
                + "\"characteristics\":[{\"name\":\"Цвет\",\"value\":\"жёлтый\"}],"
                + "\"propertyValues\":[{\"propertyId\":\"prop-1\",\"value\":\"v-1\"}],"
                + "\"version\":\"AAAAAg==\",\"deleted\":true}", RecordCodec.json(Samples.offer()));
    }

    @Test
    void writesOfferKeysAsTheirText() {
        assertEquals("{\"offer\":\"p#v\",\"quantity\":1}",
                RecordCodec.json(new Stock(new OfferKey("p", "v"), null, BigDecimal.ONE)));
        assertEquals("{\"offer\":\"p\",\"warehouseId\":\"w\",\"quantity\":1}",
                RecordCodec.json(new Stock(new OfferKey("p", null), "w", BigDecimal.ONE)));
    }

    @Test
    void writesDecimalsAsPlainNumbersKeepingTheirScale() {
        assertEquals("{\"offer\":\"p-1#v-1\",\"priceTypeId\":\"pt-1\",\"amount\":1250.50,\"currency\":\"RUB\","
                + "\"unit\":\"шт\",\"coefficient\":1.000}", RecordCodec.json(Samples.price()));
        assertEquals("{\"offer\":\"p-1\",\"priceTypeId\":\"pt-2\",\"amount\":1" + "0".repeat(309)
                + ".5,\"coefficient\":-0.000000000000000000001}", RecordCodec.json(Samples.hugePrice()));
        assertEquals("{\"offer\":\"p\",\"priceTypeId\":\"t\",\"amount\":1500}", RecordCodec.json(
                new Price(new OfferKey("p", null), "t", new BigDecimal("1.5E+3"), null, null, null)));
    }

    @Test
    void escapesStringsExactlyAsVersionOne() {
        String expected = "{\"id\":\"w\",\"name\":\"q\\\"b\\\\s/n\\nr\\rt\\tnul\\u0000bel\\u0007bs\\u0008ff\\u000c"
                + " us\\u001f del\u007f ls\\u2028ps\\u2029 Привет 😀 €\",\"deleted\":false}";
        Warehouse warehouse = new Warehouse("w", Samples.TRICKY, false);
        assertEquals(expected, RecordCodec.json(warehouse));
        assertEquals(V1RecordJson.write(warehouse), RecordCodec.json(warehouse));
    }

    @Test
    void escapesEveryControlCharacterAsVersionOne() {
        for (char c = 0; c < 0x80; c++) {
            Warehouse warehouse = new Warehouse("a" + c + "b", null, false);
            assertEquals(V1RecordJson.write(warehouse), RecordCodec.json(warehouse), "char " + (int) c);
        }
        Warehouse separators = new Warehouse("\u2027\u2028\u2029\u202a\u0085\u00a0\ufeff\uffff", null, false);
        assertEquals(V1RecordJson.write(separators), RecordCodec.json(separators));
    }

    @Test
    void writesLoneSurrogatesAsTheyAre() {
        Warehouse warehouse = new Warehouse("x\ud83dy\ude00z", null, false);
        assertEquals(V1RecordJson.write(warehouse), RecordCodec.json(warehouse));
        assertEquals("{\"id\":\"x\ud83dy\ude00z\",\"deleted\":false}", RecordCodec.json(warehouse));
    }

    @Test
    void writesOrderDateAsLocalDateTimeText() {
        Order order = Samples.sparseOrder();
        assertEquals("{\"id\":\"o-2\",\"date\":\"2024-03-01T00:00\",\"counterparties\":[],\"lines\":[],"
                + "\"requisites\":[],\"deleted\":true}", RecordCodec.json(order));
        assertFalse(RecordCodec.json(Samples.order()).isEmpty());
        assertEquals("2024-03-01T12:30:05.120", LocalDateTime.of(2024, 3, 1, 12, 30, 5, 120_000_000).toString());
    }

    @Test
    void failedWriteLeavesNoTraceInTheNextText() {
        assertThrows(IllegalStateException.class, () -> Json.write("x", (out, v) -> {
            out.writeStartObject();
            out.writeFieldName("half");
            throw new IllegalStateException("stop");
        }));
        assertEquals("{\"id\":\"c\",\"deleted\":false}", RecordCodec.json(new Category("c", null, null, false)));
    }

    @Test
    void writesSameTextsFromManyThreadsAtOnce() throws Exception {
        List<CatalogRecord> records = Samples.all();
        List<String> expected = records.stream().map(RecordCodec::json).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 200; round++) {
                        for (int i = 0; i < records.size(); i++) {
                            if (!expected.get(i).equals(RecordCodec.json(records.get(i)))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void writesLongTextsWhole() {
        String text = "Ж\"".repeat(100_000);
        Warehouse warehouse = new Warehouse("w", text, false);
        assertEquals(V1RecordJson.write(warehouse), RecordCodec.json(warehouse));
    }
}
