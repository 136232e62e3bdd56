package org.onecsync.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecsync.feed.FeedPrice;
import org.onecsync.feed.FeedProduct;
import org.onecsync.feed.FeedStock;
import org.onecsync.feed.FeedVariant;
import org.onecsync.model.Characteristic;

/** Every shape of docs/feeds.md, read through the parser SPI, becomes exactly the feed product it says. */
class JsonFeedTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void thePayloadOfFeedsMdIsOneProductThenTheChangesScope() throws Exception {
        Recorder r = Recorder.read("""
                {"token": "…",
                 "products": [
                   {"sku": "A-1", "name": "Перфоратор", "description": "…", "price": 100.50, "old_price": 120,
                    "stock": 5, "category": "Инструмент / Перфораторы", "is_active": true,
                    "characteristics": {"Мощность": "800 Вт", "Цвет": "Синий"}}]}
                """);

        FeedProduct expected = FeedProduct.builder().sku("A-1").name("Перфоратор").description("…")
                .categoryPath(List.of("Инструмент", "Перфораторы")).active(true)
                .characteristics(List.of(new Characteristic("Мощность", "800 Вт"), new Characteristic("Цвет", "Синий")))
                .price(FeedPrice.price(d("100.50"))).price(FeedPrice.oldPrice(d("120")))
                .stock(FeedStock.total(d("5")))
                .build();
        assertEquals(expected, r.only());
        assertNull(r.only().images());
        assertNull(r.only().barcodes());
        assertEquals(List.of("document feed.json json null UTF-8", "product@3 A-1",
                "scope@5 products complete=false"), r.events);
    }

    @Test
    void everyVariantOfFeedsMdIsCarriedOver() throws Exception {
        Recorder r = Recorder.read("""
                {"sync_id": "2024-01-01T00:00:00#17", "mode": "full", "token": "s3cret",
                 "products": [
                   {"external_id": "b6c1e2a4-0000-11ee-8c3f-00155d000001", "sku": "T-1", "name": "Футболка",
                    "category": "Одежда > Футболки",
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

        FeedProduct expected = FeedProduct.builder()
                .externalId("b6c1e2a4-0000-11ee-8c3f-00155d000001").sku("T-1").name("Футболка")
                .categoryPath(List.of("Одежда", "Футболки"))
                .characteristics(List.of(new Characteristic("Материал", "Хлопок"), new Characteristic("Страна", "РФ")))
                .price(FeedPrice.named("Оптовая", d("90"), "RUB"))
                .price(FeedPrice.named("Розничная", d("120.50"), null))
                .stock(new FeedStock("Основной", d("5"))).stock(new FeedStock("СПб", d("2.5")))
                .variant(new FeedVariant("v-1", "T-1-S", "Футболка S", List.of(new Characteristic("Размер", "S")),
                        List.of(FeedPrice.price(d("100")), FeedPrice.oldPrice(d("150")),
                                FeedPrice.named("Оптовая", d("80"), null)),
                        List.of(FeedStock.total(d("3")), new FeedStock("Основной", d("3"))), List.of()))
                .variant(new FeedVariant(null, "T-1-M", null, List.of(new Characteristic("Размер", "M")),
                        List.of(FeedPrice.price(d("101.00"))), List.of(), List.of()))
                .images(List.of("https://shop.example/t1.jpg", "t1-back.jpg"))
                .barcodes(List.of("4601234567890", "4601234567891"))
                .unit("шт")
                .build();
        assertEquals(expected, r.only());
        // mode before the products: the scope comes first; token and sync_id go nowhere.
        assertEquals(List.of("document feed.json json null UTF-8", "scope@1 products complete=true", "product@3 T-1"),
                r.events);
        assertFalse(r.events.toString().contains("s3cret"));
        assertFalse(r.events.toString().contains("#17"));
    }

    @Test
    void modeAfterTheProductsIsAnnouncedWhereItIsWritten() throws Exception {
        Recorder r = Recorder.read("""
                {"products": [
                  {"sku": "A", "name": "N", "price": 1},
                  {"sku": "B", "name": "N", "price": 2}
                 ],
                 "mode": "full"}
                """);

        assertEquals(List.of("document feed.json json null UTF-8", "product@2 A", "product@3 B",
                "scope@5 products complete=true"), r.events);
    }

    @Test
    void anyOtherModeIsChangesOnly() throws Exception {
        for (String mode : List.of("\"changes\"", "\"delta\"", "\"partial\"", "\"FULL\"", "\"\"", "null", "1",
                "true", "{\"full\":true}", "[\"full\"]")) {
            Recorder r = Recorder.read("{\"mode\":" + mode + ",\"products\":[{\"sku\":\"A\",\"name\":\"N\",\"price\":1}]}");

            assertEquals(List.of("document feed.json json null UTF-8", "scope@1 products complete=false",
                    "product@1 A"), r.events, mode);
        }
    }

    @Test
    void productsAreReportedOnTheLineTheirObjectStarts() throws Exception {
        Recorder r = Recorder.read("{\"products\":[{\"sku\":\"A\",\"name\":\"N\",\"price\":1},\n\n"
                + "  {\n   \"sku\": \"B\",\n   \"name\": \"N\",\n   \"price\": 1\n  }]}");

        assertEquals(List.of(1L, 3L), r.productLines);
    }

    @Test
    void numbersAsStringsWithADecimalCommaAndGroupingSpaces() throws Exception {
        FeedProduct p = Recorder.read("""
                {"products": [{"sku": "A", "name": "N", "price": "1\u00a0234,50", "old_price": "1 500",
                  "stock": "2,000", "prices": [{"type": "Опт", "value": "1\u202f000,1"}],
                  "stocks": [{"warehouse": "МСК", "quantity": "7"}]}]}
                """).only();

        assertEquals(List.of(FeedPrice.price(d("1234.50")), FeedPrice.oldPrice(d("1500")),
                FeedPrice.named("Опт", d("1000.1"), null)), p.prices());
        assertEquals(List.of(FeedStock.total(d("2.000")), new FeedStock("МСК", d("7"))), p.stocks());
    }

    @Test
    void aUtf8ByteOrderMarkIsSkipped() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        body.write("{\"products\":[{\"sku\":\"Ё-1\",\"name\":\"Ёлка\",\"price\":1}]}".getBytes(StandardCharsets.UTF_8));

        Recorder r = Recorder.read("upload.json", body.toByteArray());

        assertEquals("Ё-1", r.only().sku());
        assertEquals("Ёлка", r.only().name());
    }

    @Test
    void datesWithoutAZoneAndOtherUnknownFieldsAreIgnored() throws Exception {
        Recorder r = Recorder.read("""
                {"date": "2024-01-01T00:00:00", "products": [{"sku": "A", "name": "N", "price": 1,
                  "updated_at": "2024-01-01T00:00:00", "extra": {"created": "2023-12-31T23:59:59"}}]}
                """);

        assertEquals(FeedProduct.builder().sku("A").name("N").price(FeedPrice.price(d("1"))).build(), r.only());
    }

    @Test
    void characteristicsAbsentKeepTheStoredOnesAndGivenEmptyRemoveThem() throws Exception {
        Recorder r = Recorder.read("""
                {"products": [{"sku": "A", "name": "N", "price": 1},
                              {"sku": "B", "name": "N", "price": 1, "characteristics": null},
                              {"sku": "C", "name": "N", "price": 1, "characteristics": {}},
                              {"sku": "D", "name": "N", "price": 1, "characteristics": []}]}
                """);

        assertEquals(Arrays.asList(null, null, List.of(), List.of()),
                r.products.stream().map(FeedProduct::characteristics).toList());
    }

    @Test
    void imagesAndBarcodesAbsentAreNullAndGivenEmptyAreEmpty() throws Exception {
        Recorder r = Recorder.read("""
                {"products": [{"sku": "A", "name": "N", "price": 1, "images": null},
                              {"sku": "B", "name": "N", "price": 1, "images": [], "barcodes": []},
                              {"sku": "C", "name": "N", "price": 1, "images": "c.jpg", "barcodes": 4600000000001}]}
                """);

        assertEquals(Arrays.asList(null, List.of(), List.of("c.jpg")),
                r.products.stream().map(FeedProduct::images).toList());
        assertEquals(Arrays.asList(null, List.of(), List.of("4600000000001")),
                r.products.stream().map(FeedProduct::barcodes).toList());
    }

    @Test
    void categoryIsSplitIntoAPathAndABlankOneNamesNone() throws Exception {
        Recorder r = Recorder.read("""
                {"products": [{"sku": "A", "name": "N", "price": 1, "category": "Инструмент / Наборы"},
                              {"sku": "B", "name": "N", "price": 1, "category": "a|b|c"},
                              {"sku": "C", "name": "N", "price": 1, "category": "Крепёж / Болты/гайки"},
                              {"sku": "D", "name": "N", "price": 1, "category": "  "},
                              {"sku": "E", "name": "N", "price": 1}]}
                """);

        assertEquals(Arrays.asList(List.of("Инструмент", "Наборы"), List.of("a", "b", "c"),
                List.of("Крепёж", "Болты/гайки"), null, null),
                r.products.stream().map(FeedProduct::categoryPath).toList());
    }

    @Test
    void untypedPriceAndWarehouselessStockEntriesAreThePriceAndTheTotal() throws Exception {
        FeedProduct p = Recorder.read("""
                {"products": [{"sku": "A", "name": "N", "old_price": 150,
                  "prices": [{"value": 100, "currency": "RUB"}, {"type": "Опт", "value": 90}],
                  "stocks": [{"quantity": 4}, {"warehouse": "МСК", "quantity": 1}]}]}
                """).only();

        assertEquals(List.of(FeedPrice.oldPrice(d("150")),
                new FeedPrice(FeedPrice.Slot.PRICE, null, d("100"), "RUB"), FeedPrice.named("Опт", d("90"), null)),
                p.prices());
        assertEquals(List.of(FeedStock.total(d("4")), new FeedStock("МСК", d("1"))), p.stocks());
    }

    @Test
    void inactiveAndUnitAndSkuAsANumberAreTakenAsWritten() throws Exception {
        FeedProduct p = Recorder.read("""
                {"products": [{"sku": 12345, "name": "N", "price": 0, "is_active": "Нет", "unit": "кг"}]}
                """).only();

        assertEquals("12345", p.sku());
        assertEquals(Boolean.FALSE, p.active());
        assertEquals("кг", p.unit());
        assertEquals(List.of(FeedPrice.price(d("0"))), p.prices());
    }

    @Test
    void aProductWhoseEveryVariantIsPricedNeedsNoPriceOfItsOwn() throws Exception {
        FeedProduct p = Recorder.read("""
                {"products": [{"sku": "T", "name": "N", "variants": [
                  {"sku": "T-S", "prices": [{"type": "Розничная", "value": 10}]}, {"sku": "T-M", "price": 11}]}]}
                """).only();

        assertEquals(List.of(), p.prices());
        assertEquals(List.of(List.of(FeedPrice.named("Розничная", d("10"), null)), List.of(FeedPrice.price(d("11")))),
                p.variants().stream().map(FeedVariant::prices).toList());
        assertEquals(List.of(List.of(), List.of()), p.variants().stream().map(FeedVariant::characteristics).toList());
    }
}
