package org.onecsync.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.feed.FeedPrice;
import org.onecsync.feed.FeedProduct;
import org.onecsync.feed.FeedStock;
import org.onecsync.parse.DocumentHeader;
import org.onecsync.parse.Scope;
import org.onecsync.spi.ParserOptions;

/** Feeds as other people write them (docs/feeds.md), read through the provider value for value. */
class CsvFeedValuesTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");

    @TempDir
    Path dir;

    @Test
    void windows1251SemicolonsDecimalCommaNbspRoublesMultiLineQuotedHtmlAndBackslashes() throws IOException {
        String csv = "Артикул;Наименование;Описание;Цена;Старая цена;Остаток;Группа;Активность;Штрихкод;Ед. изм.\r\n"
                + "A-1;\"Дрель \"\"Мастер\"\"\";\"<p class=\"\"lead\"\">Мощная; надёжная</p>\r\n"
                + "<p>C:\\new\\tab\\</p>\";1\u00A0234,50 руб.;1 500,00 руб.;5;Инструмент / Дрели;Да;4601234567890;шт\r\n"
                + "A-2;Ключ \\n;;99,9;;0,5;;Нет;;\r\n";
        Recorder r = read("feed.csv", csv.getBytes(CP1251));

        assertEquals(List.of(
                new DocumentHeader("feed.csv", "csv", null, "windows-1251"),
                Scope.changes("products", 2),
                new Recorder.Product(FeedProduct.builder().sku("A-1").name("Дрель \"Мастер\"")
                        .description("<p class=\"lead\">Мощная; надёжная</p>\n<p>C:\\new\\tab\\</p>")
                        .price(FeedPrice.price(new BigDecimal("1234.50")))
                        .price(FeedPrice.oldPrice(new BigDecimal("1500.00")))
                        .stock(FeedStock.total(new BigDecimal("5")))
                        .categoryPath(List.of("Инструмент", "Дрели")).active(true)
                        .barcodes(List.of("4601234567890")).unit("шт").build(), 2),
                new Recorder.Product(FeedProduct.builder().sku("A-2").name("Ключ \\n")
                        .price(FeedPrice.price(new BigDecimal("99.9")))
                        .stock(FeedStock.total(new BigDecimal("0.5"))).active(false).build(), 4)), r.events);
    }

    @Test
    void utf8WithBomCommasEnglishHeadersQuotedDecimalCommaWithNarrowNbsp() throws IOException {
        String csv = "\uFEFFSKU,Name,Regular price,Stock,Category,Published\n"
                + "B-1,\"Hammer, 500 g\",\"1\u202F234,50\",3,Tools|Hand tools,1\n"
                + "B-2,Saw,10.5,,,0\n";
        Recorder r = read("feed.csv", csv.getBytes(UTF_8));

        assertEquals(new DocumentHeader("feed.csv", "csv", null, "UTF-8"), r.events.get(0));
        assertEquals(List.of(
                FeedProduct.builder().sku("B-1").name("Hammer, 500 g").price(FeedPrice.price(new BigDecimal("1234.50")))
                        .stock(FeedStock.total(new BigDecimal("3"))).categoryPath(List.of("Tools", "Hand tools"))
                        .active(true).build(),
                FeedProduct.builder().sku("B-2").name("Saw").price(FeedPrice.price(new BigDecimal("10.5")))
                        .active(false).build()), r.products());
    }

    @Test
    void tabSeparatedWithKodTovaraNazvanieCenaProdazhiKolvoKategoriyaAndIstinaLozh() throws IOException {
        String csv = "Код товара\tНазвание\tЦена продажи\tКол-во\tКатегория\tАктивен\n"
                + "C-1\tГвозди, 100 шт\t12 000\t7\tКрепёж > Гвозди\tИСТИНА\n"
                + "C-2\tШурупы\t5\t0\t\tЛОЖЬ\n";
        Recorder r = read("feed.tsv", csv.getBytes(UTF_8));

        assertEquals(List.of(
                FeedProduct.builder().sku("C-1").name("Гвозди, 100 шт").price(FeedPrice.price(new BigDecimal("12000")))
                        .stock(FeedStock.total(new BigDecimal("7"))).categoryPath(List.of("Крепёж", "Гвозди"))
                        .active(true).build(),
                FeedProduct.builder().sku("C-2").name("Шурупы").price(FeedPrice.price(new BigDecimal("5")))
                        .stock(FeedStock.total(new BigDecimal("0"))).active(false).build()), r.products());
    }

    @Test
    void pipeSeparatedWithVendorCodePriceQuantityAndYesNo() throws IOException {
        String csv = "vendor_code|Name|Price|Quantity|Category|Active|ID\n"
                + "D-1|Saw, 500 mm|1,234.50|2|Tools > Saws|Yes|0f8fad5b-d9cb-469f-a165-70867728950e\n"
                + "D-2|File|3|1|\"Tools|Files\"|No|\n";
        Recorder r = read("feed.csv", csv.getBytes(UTF_8));

        assertEquals(List.of(
                FeedProduct.builder().externalId("0f8fad5b-d9cb-469f-a165-70867728950e").sku("D-1").name("Saw, 500 mm")
                        .price(FeedPrice.price(new BigDecimal("1234.50"))).stock(FeedStock.total(new BigDecimal("2")))
                        .categoryPath(List.of("Tools", "Saws")).active(true).build(),
                FeedProduct.builder().sku("D-2").name("File").price(FeedPrice.price(new BigDecimal("3")))
                        .stock(FeedStock.total(new BigDecimal("1"))).categoryPath(List.of("Tools", "Files"))
                        .active(false).build()), r.products());
    }

    @Test
    void referenceHashKolichestvoGruppaAndTrueFalse() throws IOException {
        String csv = "Reference #;Наименование;Цена;Количество;Группа;Active\n"
                + "E-1;Лопата;1 000;4;Сад;true\n"
                + "E-2;Грабли;500;;Сад/Инвентарь;FALSE\n";
        Recorder r = read("feed.csv", csv.getBytes(CP1251));

        assertEquals(List.of(
                FeedProduct.builder().sku("E-1").name("Лопата").price(FeedPrice.price(new BigDecimal("1000")))
                        .stock(FeedStock.total(new BigDecimal("4"))).categoryPath(List.of("Сад")).active(true).build(),
                // A bare "/" is not a level separator: "Болты/гайки" is one name.
                FeedProduct.builder().sku("E-2").name("Грабли").price(FeedPrice.price(new BigDecimal("500")))
                        .categoryPath(List.of("Сад/Инвентарь")).active(false).build()), r.products());
    }

    @Test
    void profileWithTwoPriceAndTwoWarehouseColumnsByNameAndNumber() throws IOException {
        Path profileFile = dir.resolve("supplier.properties");
        Files.writeString(profileFile, """
                encoding=windows-1251
                separator=tab
                header=true
                skipLines=1
                decimalSeparator=,
                column.externalId=GUID
                column.sku=2
                column.name=Товар
                column.description=Подробно
                column.oldPrice=Было
                column.category=Раздел
                column.active=Продаётся
                column.barcode=EAN-13
                column.unit=Ед
                price.Розничная=Цена розн.
                price.Оптовая=5
                stock.Склад\\ МСК=Остаток МСК
                stock.Склад\\ СПб=8
                categorySeparator=\\\\
                full=true
                """, UTF_8);
        String csv = "Прайс-лист на 01.12.2026\n"
                + "GUID\tКод\tТовар\tЦена розн.\tЦена опт.\tБыло\tОстаток МСК\tОстаток СПб\tРаздел\tПродаётся\tEAN-13"
                + "\tЕд\tПодробно\n"
                + "g-1\tK-1\tЛопата\t1.500,50\t1.200\t2.000\t4\t\tСад\\Инвентарь\tДа\t4600000000017\tшт\tСтальная\n"
                + "\tK-2\tГрабли\t\t300,5\t\t\t2\t\tНет\t\t\t\n";
        Path file = dir.resolve("supplier.csv");
        Files.write(file, csv.getBytes(CP1251));

        Recorder r = Recorder.read(file, ParserOptions.none().with(CsvProfile.class, CsvProfile.load(profileFile)));

        assertEquals(List.of(
                new DocumentHeader("supplier.csv", "csv", null, "windows-1251"),
                Scope.complete("products", 3),
                new Recorder.Product(FeedProduct.builder().externalId("g-1").sku("K-1").name("Лопата")
                        .description("Стальная")
                        .price(FeedPrice.oldPrice(new BigDecimal("2000")))
                        // A .properties file has no order: its price types come sorted by name.
                        .price(FeedPrice.named("Оптовая", new BigDecimal("1200"), null))
                        .price(FeedPrice.named("Розничная", new BigDecimal("1500.50"), null))
                        .stock(new FeedStock("Склад МСК", new BigDecimal("4")))
                        .categoryPath(List.of("Сад", "Инвентарь")).active(true)
                        .barcodes(List.of("4600000000017")).unit("шт").build(), 3),
                new Recorder.Product(FeedProduct.builder().sku("K-2").name("Грабли")
                        .price(FeedPrice.named("Оптовая", new BigDecimal("300.5"), null))
                        .stock(new FeedStock("Склад СПб", new BigDecimal("2"))).active(false).build(), 4)),
                r.events);
    }

    @Test
    void badRowsAreSkippedWithLineSkuAndReasonAndTheOthersRead() throws IOException {
        String csv = "Артикул;Наименование;Цена;Остаток;Активность;Цена опт.\n"
                + "A-1;Ок;10;1;;\n"
                + ";Без артикула;10;;;\n"
                + "A-3;;10;;;\n"
                + "A-4;Цена словами;десять;;;\n"
                + "A-5;Отрицательная;-5;;;\n"
                + "A-6;Странный флаг;10;;может быть;\n"
                + "A-7;\"Опт\n буквами\";10;;;девять\n"
                + "A-8;Дробный остаток;10;1,2,3;;\n"
                + "A-9;Тоже ок;;;;\n";
        Recorder r = read("feed.csv", csv.getBytes(UTF_8));

        assertEquals(List.of("A-1", "A-9"), r.products().stream().map(FeedProduct::sku).toList());
        assertEquals(List.of(
                skipped(null, "sku: empty", 3),
                skipped("A-3", "name: empty", 4),
                skipped("A-4", "price: 'десять' is not a number", 5),
                skipped("A-5", "price: '-5' is negative", 6),
                skipped("A-6", "active: 'может быть' is not a yes/no value (Да/Нет, ИСТИНА/ЛОЖЬ, 1/0, true/false,"
                        + " Yes/No)", 7),
                skipped("A-7", "price.опт.: 'девять' is not a number", 8),
                skipped("A-8", "stock: '1,2,3' is not a number", 10)), r.skipped());
    }

    private static Recorder.Skipped skipped(String sku, String reason, long line) {
        return new Recorder.Skipped(org.onecsync.model.EntityType.PRODUCT, sku, reason, line);
    }

    private Recorder read(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return Recorder.read(file);
    }
}
