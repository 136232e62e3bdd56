package org.onecsync.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecsync.parse.ParseException;

class JsonFeedReaderTest {

    /** The payload of docs/feeds.md, character for character. */
    private static final String FEEDS_MD_PAYLOAD = """
            {"token": "…",
             "products": [
               {"sku": "A-1", "name": "Перфоратор", "description": "…", "price": 100.50, "old_price": 120,
                "stock": 5, "category": "Инструмент / Перфораторы", "is_active": true,
                "characteristics": {"Мощность": "800 Вт", "Цвет": "Синий"}}]}
            """;

    @Test
    void readsThePayloadOfFeedsMdExactly() throws Exception {
        Feeds.Result result = Feeds.read(FEEDS_MD_PAYLOAD);

        JsonProduct p = result.only();
        assertEquals(0, p.index());
        assertNull(p.externalId());
        assertEquals("A-1", p.sku());
        assertEquals("Перфоратор", p.name());
        assertEquals("…", p.description());
        assertEquals(new BigDecimal("100.50"), p.price());
        assertEquals(new BigDecimal("120"), p.oldPrice());
        assertEquals(new BigDecimal("5"), p.stock());
        assertEquals("Инструмент / Перфораторы", p.category());
        assertEquals(Boolean.TRUE, p.active());
        assertEquals(List.of(Map.entry("Мощность", "800 Вт"), Map.entry("Цвет", "Синий")),
                List.copyOf(p.characteristics().entrySet()));
        assertEquals(List.of(), p.prices());
        assertEquals(List.of(), p.stocks());
        assertEquals(List.of(), p.variants());
        assertNull(p.images());
        assertNull(p.barcodes());
        assertNull(p.unit());
        assertEquals("…", result.summary.token());
        assertFalse(result.summary.full());
        assertNull(result.summary.syncId());
        assertEquals(1, result.summary.products());
        assertEquals(0, result.summary.problems());
    }

    @Test
    void readsEveryVariantListedInFeedsMd() throws Exception {
        Feeds.Result result = Feeds.read("""
                {"sync_id": "2024-01-01T00:00:00#17", "mode": "full", "token": "s3cret",
                 "products": [
                   {"external_id": "b6c1e2a4-0000-11ee-8c3f-00155d000001", "sku": "T-1", "name": "Футболка",
                    "prices": [{"type": "Оптовая", "value": 90, "currency": "RUB"},
                               {"type": "Розничная", "value": "120,50"}],
                    "stocks": [{"warehouse": "Основной", "quantity": 5}, {"warehouse": "СПб", "quantity": "2,5"}],
                    "variants": [
                      {"sku": "T-1-S", "external_id": "v-1", "name": "Футболка S",
                       "characteristics": {"Размер": "S"}, "price": 100, "old_price": 150, "stock": 3,
                       "prices": [{"type": "Оптовая", "value": 80}], "stocks": [{"warehouse": "Основной", "quantity": 3}]},
                      {"sku": "T-1-M", "characteristics": [{"name": "Размер", "value": "M"}], "price": "101,00"}],
                    "images": ["https://shop.example/t1.jpg", {"url": "t1-back.jpg", "alt": "спина"}],
                    "barcodes": ["4601234567890", 4601234567891],
                    "unit": "шт",
                    "characteristics": [{"name": "Материал", "value": "Хлопок"}, {"name": "Страна", "value": "РФ"}]}]}
                """);

        JsonProduct p = result.only();
        assertEquals("b6c1e2a4-0000-11ee-8c3f-00155d000001", p.externalId());
        assertEquals("T-1", p.sku());
        assertNull(p.price());
        assertEquals(List.of(new JsonPrice("Оптовая", new BigDecimal("90"), "RUB"),
                new JsonPrice("Розничная", new BigDecimal("120.50"), null)), p.prices());
        assertEquals(List.of(new JsonStock("Основной", new BigDecimal("5")),
                new JsonStock("СПб", new BigDecimal("2.5"))), p.stocks());
        assertEquals(List.of(
                new JsonVariant("T-1-S", "v-1", "Футболка S", Map.of("Размер", "S"), new BigDecimal("100"),
                        new BigDecimal("150"), new BigDecimal("3"),
                        List.of(new JsonPrice("Оптовая", new BigDecimal("80"), null)),
                        List.of(new JsonStock("Основной", new BigDecimal("3")))),
                new JsonVariant("T-1-M", null, null, Map.of("Размер", "M"), new BigDecimal("101.00"), null, null,
                        List.of(), List.of())), p.variants());
        assertEquals(List.of("https://shop.example/t1.jpg", "t1-back.jpg"), p.images());
        assertEquals(List.of("4601234567890", "4601234567891"), p.barcodes());
        assertEquals("шт", p.unit());
        assertEquals(List.of(Map.entry("Материал", "Хлопок"), Map.entry("Страна", "РФ")),
                List.copyOf(p.characteristics().entrySet()));
        assertTrue(result.summary.full());
        assertEquals("2024-01-01T00:00:00#17", result.summary.syncId());
        assertEquals("s3cret", result.summary.token());
    }

    @Test
    void summaryToStringHidesTheToken() throws Exception {
        Feeds.Result result = Feeds.read("{\"token\":\"s3cret\",\"products\":[]}");

        assertEquals("JsonFeedSummary[token=***, full=false, syncId=null, products=0, problems=0]",
                result.summary.toString());
    }

    @Test
    void singleStringImageAndBarcodeAreOneEntry() throws Exception {
        JsonProduct p = Feeds.products(
                "{\"sku\":\"A\",\"name\":\"N\",\"price\":1,\"images\":\"a.jpg\",\"barcodes\":\"4600000000001\"}")
                .only();

        assertEquals(List.of("a.jpg"), p.images());
        assertEquals(List.of("4600000000001"), p.barcodes());
    }

    @Test
    void skipsAUtf8ByteOrderMarkAtTheStart() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        body.write(FEEDS_MD_PAYLOAD.getBytes(StandardCharsets.UTF_8));

        JsonProduct p = Feeds.read(body.toByteArray()).only();

        assertEquals("A-1", p.sku());
        assertEquals("Перфоратор", p.name());
    }

    @Test
    void readsNumbersSentAsStringsWithADecimalCommaAndGrouping() throws Exception {
        JsonProduct p = Feeds.products("""
                {"sku":"A","name":"N","price":"1 234,50","old_price":"1\u00A0300,5","stock":"1\u202F000"}""")
                .only();

        assertEquals(new BigDecimal("1234.50"), p.price());
        assertEquals(new BigDecimal("1300.5"), p.oldPrice());
        assertEquals(new BigDecimal("1000"), p.stock());
    }

    @Test
    void readsJsonNumbersExactlyWithoutDouble() throws Exception {
        JsonProduct p = Feeds.products("{\"sku\":\"A\",\"name\":\"N\",\"price\":0.1,\"stock\":12345678901234.567}")
                .only();

        assertEquals("0.1", p.price().toPlainString());
        assertEquals("12345678901234.567", p.stock().toPlainString());
    }

    @Test
    void readsBooleansAsJsonBooleansWordsAndDigits() throws Exception {
        Feeds.Result result = Feeds.products(
                "{\"sku\":\"A\",\"name\":\"N\",\"price\":1,\"is_active\":false}",
                "{\"sku\":\"B\",\"name\":\"N\",\"price\":1,\"is_active\":\"Да\"}",
                "{\"sku\":\"C\",\"name\":\"N\",\"price\":1,\"is_active\":1}",
                "{\"sku\":\"D\",\"name\":\"N\",\"price\":1,\"is_active\":\"true\"}",
                "{\"sku\":\"E\",\"name\":\"N\",\"price\":1,\"is_active\":\"Нет\"}",
                "{\"sku\":\"F\",\"name\":\"N\",\"price\":1,\"is_active\":0}");

        assertEquals(List.of(false, true, true, true, false, false),
                result.products.stream().map(JsonProduct::active).toList());
    }

    @Test
    void ignoresUnknownFieldsAtEveryLevel() throws Exception {
        Feeds.Result result = Feeds.read("""
                {"meta": {"deep": [1, {"x": [2]}]}, "products": [
                  {"sku":"A","name":"N","price":1,"extra":{"a":[1,2,{"b":3}]},"date":"2024-01-01T00:00:00",
                   "variants":[{"sku":"A-1","price":2,"images":["ignored.jpg"],"color":{"r":1}}]}],
                 "version": 2}
                """);

        JsonProduct p = result.only();
        assertEquals("A", p.sku());
        assertEquals(1, p.variants().size());
        assertEquals("A-1", p.variants().get(0).sku());
    }

    @Test
    void deliversProductsOneAtATimeInArrayOrderWithTheirIndexes() throws Exception {
        Feeds.Result result = Feeds.products(
                "{\"sku\":\"A\",\"name\":\"N\",\"price\":1}",
                "{\"sku\":\"B\",\"name\":\"N\",\"price\":-1}",
                "{\"sku\":\"C\",\"name\":\"N\",\"price\":1}");

        assertEquals(List.of(0, 2), result.products.stream().map(JsonProduct::index).toList());
        assertEquals(List.of("A", "C"), result.products.stream().map(JsonProduct::sku).toList());
        assertEquals(new JsonProblem(1, "B", "price", "must be ≥ 0, not -1"), result.onlyProblem());
        assertEquals(2, result.summary.products());
        assertEquals(1, result.summary.problems());
    }

    @Test
    void aBodyWithoutProductsFailsWithOneLine() {
        ParseException e = assertThrows(ParseException.class, () -> Feeds.read("{\"token\":\"x\"}"));

        assertEquals("feed.json, line 1, column 13: the body has no products array", e.getMessage());
    }

    @Test
    void productsThatIsNotAnArrayFailsWithOneLine() {
        ParseException e = assertThrows(ParseException.class, () -> Feeds.read("{\"products\":{\"sku\":\"A\"}}"));

        assertEquals("feed.json, line 1, column 13: products must be an array, not an object", e.getMessage());
    }

    @Test
    void aBodyThatIsAnArrayFailsWithOneLine() {
        ParseException e = assertThrows(ParseException.class, () -> Feeds.read("[{\"sku\":\"A\"}]"));

        assertEquals("feed.json, line 1, column 1: the body must be a JSON object with a products array, not an array",
                e.getMessage());
    }

    @Test
    void anEmptyBodyFailsWithOneLine() {
        ParseException e = assertThrows(ParseException.class, () -> Feeds.read(""));

        assertEquals("the body is empty, not a JSON object with a products array", e.problem());
    }

    @Test
    void anyModeButFullIsChangesOnly() throws Exception {
        Feeds.Result result = Feeds.read("{\"products\":[],\"mode\":\"delta\"}\n");

        assertEquals(List.of("changes@1"), result.modes);
        assertFalse(result.summary.full());
    }

    @Test
    void aBodyWithoutModeIsChangesOnlyToldAtItsClosingBrace() throws Exception {
        Feeds.Result result = Feeds.read("{\"products\":[\n{\"sku\":\"A\",\"name\":\"N\",\"price\":1}\n]\n}\n");

        assertEquals(List.of("changes@4"), result.modes);
    }

    @Test
    void aMalformedTokenIsNeverQuotedInTheMessage() {
        ParseException e = assertThrows(ParseException.class,
                () -> Feeds.read("{\"products\":[],\"token\":{\"key\":\"s3cret\"}}"));

        assertEquals("token must be a string, not an object", e.problem());
        assertFalse(e.getMessage().contains("s3cret"));
    }

    @Test
    void contentAfterTheBodyFails() {
        ParseException e = assertThrows(ParseException.class, () -> Feeds.read("{\"products\":[]} {\"products\":[]}"));

        assertEquals("content after the end of the JSON object", e.problem());
    }

    @Test
    void productsBeforeABreakAreDeliveredAsTheyAreRead() {
        Feeds.Result result = new Feeds.Result();

        assertThrows(ParseException.class, () -> JsonFeedReader.read(new ByteArrayInputStream(
                "{\"products\":[{\"sku\":\"A\",\"name\":\"N\",\"price\":1},{\"sku\":".getBytes(StandardCharsets.UTF_8)),
                "feed.json", result));

        // Streaming: the first product reached the listener before the body broke, so callers apply nothing
        // until the read returns.
        assertEquals(List.of("A"), result.products.stream().map(JsonProduct::sku).toList());
    }

    @Test
    void productsTwiceFails() {
        ParseException e = assertThrows(ParseException.class,
                () -> Feeds.read("{\"products\":[],\"products\":[]}"));

        assertEquals("products appears twice", e.problem());
    }

    @Test
    void numericSyncIdAndTokenAreTakenAsWritten() throws Exception {
        Feeds.Result result = Feeds.read("{\"sync_id\":42,\"token\":7,\"mode\":null,\"products\":[]}");

        assertEquals("42", result.summary.syncId());
        assertEquals("7", result.summary.token());
        assertFalse(result.summary.full());
    }

    @Test
    void russianAndEnglishBooleanWordsAreRead() throws Exception {
        Feeds.Result result = Feeds.products(
                "{\"sku\":\"A\",\"name\":\"N\",\"price\":1,\"is_active\":\"ИСТИНА\"}",
                "{\"sku\":\"B\",\"name\":\"N\",\"price\":1,\"is_active\":\"ложь\"}",
                "{\"sku\":\"C\",\"name\":\"N\",\"price\":1,\"is_active\":\"Yes\"}",
                "{\"sku\":\"D\",\"name\":\"N\",\"price\":1,\"is_active\":\"no\"}",
                "{\"sku\":\"E\",\"name\":\"N\",\"price\":1,\"is_active\":\"\"}");

        assertEquals(Arrays.asList(true, false, true, false, null),
                result.products.stream().map(JsonProduct::active).toList());
    }
}
