package org.onecsync.csv.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecsync.csv.CsvProfile;
import org.onecsync.parse.ParseException;

class CsvFeedReaderTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");

    @Test
    void readsWindows1251SemicolonFeedWithDecimalCommaNbspGroupingAndRoubles() {
        String csv = "Артикул;Наименование;Цена;Остаток;Группа;Активность\r\n"
                + "A-1;Перфоратор Ёлка;1\u00A0234,50 руб.;5;Инструмент / Перфораторы;Да\r\n"
                + "A-2;Дрель;12\u00A0000 р.;0,5;Инструмент;Нет\r\n";
        Feed feed = Feed.read(csv, CP1251);

        assertEquals(List.of(), feed.problems);
        assertEquals(2, feed.rows.size());
        CsvRow first = feed.rows.get(0);
        assertEquals(2, first.line());
        assertEquals("A-1", first.sku());
        assertEquals("Перфоратор Ёлка", first.name());
        assertEquals(new BigDecimal("1234.50"), first.price());
        assertEquals(new BigDecimal("5"), first.stock());
        assertEquals(List.of("Инструмент", "Перфораторы"), first.categoryPath());
        assertEquals(Boolean.TRUE, first.active());
        CsvRow second = feed.rows.get(1);
        assertEquals(3, second.line());
        assertEquals(new BigDecimal("12000"), second.price());
        assertEquals(new BigDecimal("0.5"), second.stock());
        assertEquals(Boolean.FALSE, second.active());
    }

    @Test
    void readsUtf8WithBomAndCommasWithoutTakingTheBomIntoTheFirstHeader() {
        String csv = "SKU,Name,Regular price,Compare at price,Stock,Category,Published\n"
                + "B-1,Hammer,10.50,12.00,3,Tools|Hand tools|Hammers,1\n";
        Feed feed = Feed.read(Feed.withBom(csv.getBytes(UTF_8)), CsvProfile.automatic());

        assertEquals(List.of(), feed.problems);
        CsvRow row = feed.rows.get(0);
        assertEquals("B-1", row.sku());
        assertEquals("Hammer", row.name());
        assertEquals(new BigDecimal("10.50"), row.price());
        assertEquals(new BigDecimal("12.00"), row.oldPrice());
        assertEquals(new BigDecimal("3"), row.stock());
        assertEquals(List.of("Tools", "Hand tools", "Hammers"), row.categoryPath());
        assertEquals(Boolean.TRUE, row.active());
    }

    @Test
    void detectsUtf8WithoutBom() {
        Feed feed = Feed.read("Артикул;Наименование;Цена\nЖ-1;Щётка;1\u202F234,50\u00A0₽\n", UTF_8);
        assertEquals("Щётка", feed.rows.get(0).name());
        assertEquals(new BigDecimal("1234.50"), feed.rows.get(0).price());
    }

    @Test
    void readsTabSeparatedFeed() {
        Feed feed = Feed.read("Код товара\tНазвание\tКол-во\tЕд. изм.\n"
                + "C-1\tГвозди, 100 шт\t7\tуп\n", UTF_8);
        CsvRow row = feed.rows.get(0);
        assertEquals("C-1", row.sku());
        assertEquals("Гвозди, 100 шт", row.name());
        assertEquals(new BigDecimal("7"), row.stock());
        assertEquals("уп", row.unit());
    }

    @Test
    void readsPipeSeparatedFeed() {
        Feed feed = Feed.read("vendor_code|Name|Price|Barcode|ID\n"
                + "D-1|Saw, 500 mm|1,234.50|4601234567890|0f8fad5b-d9cb-469f-a165-70867728950e\n", UTF_8);
        CsvRow row = feed.rows.get(0);
        assertEquals("D-1", row.sku());
        assertEquals("Saw, 500 mm", row.name());
        assertEquals(new BigDecimal("1234.50"), row.price());
        assertEquals("4601234567890", row.barcode());
        assertEquals("0f8fad5b-d9cb-469f-a165-70867728950e", row.externalId());
    }

    @Test
    void keepsQuotedMultiLineHtmlWithDoubledQuotesAndSeparatorsAndNumbersLinesFromTheRecordStart() {
        String description = "<p class=\"lead\">Мощный; надёжный</p>\n<ul>\n<li>800 Вт</li>\n</ul>";
        String csv = "Артикул;Наименование;Описание;Цена\n"
                + "E-1;\"Дрель \"\"Мастер\"\"\";\"" + description.replace("\"", "\"\"") + "\";100\n"
                + "E-2;Шуруповёрт;;200\n";
        Feed feed = Feed.read(csv, CP1251);

        assertEquals(List.of(), feed.problems);
        assertEquals("Дрель \"Мастер\"", feed.rows.get(0).name());
        assertEquals(description, feed.rows.get(0).description());
        assertEquals(2, feed.rows.get(0).line());
        assertEquals(6, feed.rows.get(1).line());
        assertNull(feed.rows.get(1).description());
    }

    @Test
    void keepsBackslashesVerbatim() {
        Feed feed = Feed.read("Артикул;Наименование;Описание\n"
                + "F-1;Папка \\\"Архив\\\";\"C:\\new\\tab\\\"\n"
                + "F-2;Ключ \\n;\\\n", UTF_8);
        assertEquals(List.of(), feed.problems);
        assertEquals("Папка \\\"Архив\\\"", feed.rows.get(0).name());
        assertEquals("C:\\new\\tab\\", feed.rows.get(0).description());
        assertEquals("Ключ \\n", feed.rows.get(1).name());
        assertEquals("\\", feed.rows.get(1).description());
    }

    @Test
    void recognisesSeveralPriceAndStockColumnsByHeaderWhenNoProfileIsGiven() {
        Feed feed = Feed.read("Артикул;Наименование;Цена розн.;Цена опт.;Остаток МСК;Остаток СПб\n"
                + "G-1;Пила;150;120,5;3;4\n", UTF_8);
        CsvRow row = feed.rows.get(0);
        assertEquals(Map.of("розн.", new BigDecimal("150"), "опт.", new BigDecimal("120.5")), row.prices());
        assertEquals(List.of("розн.", "опт."), List.copyOf(row.prices().keySet()));
        assertEquals(Map.of("МСК", new BigDecimal("3"), "СПб", new BigDecimal("4")), row.stocks());
        assertNull(row.price());
        assertNull(row.stock());
    }

    @Test
    void profileMapsTwoPriceAndTwoStockColumnsByHeaderName() {
        CsvProfile profile = CsvProfile.builder()
                .column("sku", "Код").column("name", "Товар")
                .price("Розничная", "Розница").price("Оптовая", "Опт")
                .stock("Основной", "Склад 1").stock("Дальний", "Склад 2")
                .build();
        Feed feed = Feed.read("Код;Товар;Розница;Опт;Склад 1;Склад 2\nH-1;Молоток;1 000;900;2;0\n".getBytes(UTF_8),
                profile);
        CsvRow row = feed.rows.get(0);
        assertEquals("H-1", row.sku());
        assertEquals(Map.of("Розничная", new BigDecimal("1000"), "Оптовая", new BigDecimal("900")), row.prices());
        assertEquals(Map.of("Основной", new BigDecimal("2"), "Дальний", new BigDecimal("0")), row.stocks());
    }

    @Test
    void profileMapsColumnsByNumberWithSkipLinesAndNoHeader() {
        CsvProfile profile = CsvProfile.builder()
                .skipLines(2).header(false).separator(";")
                .column("sku", "2").column("name", "1")
                .price("Розничная", "3").price("Оптовая", "4")
                .stock("Основной", "5").stock("Дальний", "6")
                .build();
        String csv = "Прайс-лист ООО \"Ромашка\"\n"
                + "на 01.01.2025\n"
                + "Молоток;H-1;1 000,00;900;2;0\n"
                + "Клещи;H-2;500;450;;1\n";
        Feed feed = Feed.read(csv.getBytes(CP1251), profile);

        assertEquals(List.of(), feed.problems);
        assertEquals(2, feed.rows.size());
        CsvRow first = feed.rows.get(0);
        assertEquals(3, first.line());
        assertEquals("H-1", first.sku());
        assertEquals("Молоток", first.name());
        assertEquals(Map.of("Розничная", new BigDecimal("1000.00"), "Оптовая", new BigDecimal("900")), first.prices());
        assertEquals(Map.of("Основной", new BigDecimal("2"), "Дальний", new BigDecimal("0")), first.stocks());
        assertEquals(4, feed.rows.get(1).line());
        assertEquals(Map.of("Дальний", new BigDecimal("1")), feed.rows.get(1).stocks());
    }

    @Test
    void severalColumnsForOneFieldTakeTheLastNonEmpty() {
        CsvProfile profile = CsvProfile.builder().column("sku", "Артикул", "Код").build();
        Feed feed = Feed.read("Артикул;Код;Наименование\nA;B;x\nA;;y\n".getBytes(UTF_8), profile);
        assertEquals("B", feed.rows.get(0).sku());
        assertEquals("A", feed.rows.get(1).sku());
    }

    @Test
    void skipsBadRowsWithLineAndReasonAndReadsTheRest() {
        String csv = "Артикул;Наименование;Цена;Активность\n"
                + "A-1;Ок;10;\n"
                + ";Без артикула;10;\n"
                + "A-3;;10;\n"
                + "A-4;Цена словами;десять;\n"
                + "A-5;Странный флаг;10;может быть\n"
                + "A-6;Тоже ок;;\n";
        Feed feed = Feed.read(csv, UTF_8);

        assertEquals(List.of("A-1", "A-6"), feed.rows.stream().map(CsvRow::sku).toList());
        assertNull(feed.rows.get(1).price());
        assertEquals(List.of(
                new CsvProblem(3, null, "sku", "empty"),
                new CsvProblem(4, "A-3", "name", "empty"),
                new CsvProblem(5, "A-4", "price", "'десять' is not a number"),
                new CsvProblem(6, "A-5", "active", "'может быть' is not a yes/no value (Да/Нет, ИСТИНА/ЛОЖЬ, 1/0,"
                        + " true/false, Yes/No)")), feed.problems);
    }

    @Test
    void skipsBlankLines() {
        Feed feed = Feed.read("Артикул;Наименование\n\nA;x\n;\n", UTF_8);
        assertEquals(1, feed.rows.size());
        assertEquals(3, feed.rows.get(0).line());
    }

    @Test
    void binaryJunkFailsWithOneLine() {
        byte[] junk = new byte[4096];
        new java.util.Random(9).nextBytes(junk);
        ParseException e = assertThrows(ParseException.class, () -> Feed.read(junk, CsvProfile.automatic()));
        assertTrue(e.getMessage().startsWith("feed.csv: not a CSV file: binary data (byte 0x"), e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'));
    }

    @Test
    void runawayQuoteFailsFastNamingTheLineWhereItOpened() {
        StringBuilder csv = new StringBuilder("Артикул;Наименование\nA-1;ok\nA-2;\"broken\nA-3;x\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("B-").append(i).append(";name ").append(i).append('\n');
        }
        ParseException e = assertThrows(ParseException.class, () -> Feed.read(csv.toString(), UTF_8));
        assertEquals(3, e.line());
        assertEquals("feed.csv, line 3: a quoted field that starts in the record on this line runs on for more than "
                + CsvFeedReader.MAX_RECORD_LINES + " lines (a runaway quote?)", e.getMessage());
    }

    @Test
    void quoteLeftOpenAtTheEndFailsNamingTheLineWhereItOpened() {
        ParseException e = assertThrows(ParseException.class,
                () -> Feed.read("Артикул;Наименование\nA-1;ok\nA-2;\"broken\nA-3;x\n", UTF_8));
        assertEquals("feed.csv, line 3: a quoted field that starts in the record on this line is never closed"
                + " (a runaway quote?)", e.getMessage());
    }

    @Test
    void overlongLineFailsInsteadOfBeingHeld() {
        String csv = "Артикул;Наименование\nA;" + "x".repeat((int) CsvFeedReader.MAX_RECORD_CHARS + 100_000) + "\n";
        ParseException e = assertThrows(ParseException.class, () -> Feed.read(csv, UTF_8));
        assertEquals("feed.csv, line 2: not a CSV file: a line longer than " + CsvFeedReader.MAX_RECORD_CHARS
                + " characters", e.getMessage());
    }

    @Test
    void profileNamingAMissingColumnFailsWithOneLine() {
        CsvProfile profile = CsvProfile.builder().column("sku", "Код поставщика").build();
        ParseException e = assertThrows(ParseException.class,
                () -> Feed.read("Артикул;Наименование\nA;x\n".getBytes(UTF_8), profile));
        assertEquals("feed.csv, line 1: profile column.sku names column 'Код поставщика', which is not in the header"
                + " Артикул | Наименование", e.getMessage());
    }

    @Test
    void profileNamingAColumnNumberBeyondTheRowsFails() {
        CsvProfile profile = CsvProfile.builder().header(false).column("sku", "1").column("name", "2")
                .price("Розничная", "9").build();
        ParseException e = assertThrows(ParseException.class,
                () -> Feed.read("A;x;1\n".getBytes(UTF_8), profile));
        assertEquals("feed.csv, line 1: the profile names column 9, but the first row has 3 columns", e.getMessage());
    }

    @Test
    void headerWithoutSkuColumnFails() {
        ParseException e = assertThrows(ParseException.class, () -> Feed.read("Наименование;Цена\nx;1\n", UTF_8));
        assertEquals("feed.csv, line 1: no sku column in the header Наименование | Цена; name one in a profile"
                + " (column.sku=...)", e.getMessage());
    }

    @Test
    void configuredEncodingThatDoesNotFitFailsRatherThanGarbling() {
        CsvProfile profile = CsvProfile.builder().encoding("utf-8").build();
        ParseException e = assertThrows(ParseException.class,
                () -> Feed.read("Артикул;Наименование\nA;x\n".getBytes(CP1251), profile));
        assertTrue(e.problem().startsWith("not UTF-8 text"), e.getMessage());
    }

    @Test
    void windows1251BytesAfterAnAsciiFirstBlockFailWithTheLineAndAHint() {
        StringBuilder csv = new StringBuilder("SKU;Name\n");
        int lines = 1;
        while (csv.length() <= EncodingDetector.BLOCK) {
            csv.append("A-").append(lines).append(";plain ascii name\n");
            lines++;
        }
        csv.append("B-1;Молоток\n");
        ParseException e = assertThrows(ParseException.class, () -> Feed.read(csv.toString(), CP1251));
        assertEquals("feed.csv, line " + (lines + 1) + ", column 2: not UTF-8 text; set encoding= in the profile if the file"
                + " uses another", e.getMessage());
    }

    @Test
    void profileEncodingReadsSuchAFile() {
        StringBuilder csv = new StringBuilder("SKU;Name\n");
        while (csv.length() <= EncodingDetector.BLOCK) {
            csv.append("A-1;plain ascii name\n");
        }
        csv.append("B-1;Молоток\n");
        Feed feed = Feed.read(csv.toString().getBytes(CP1251),
                CsvProfile.builder().encoding("windows-1251").build());
        assertEquals("Молоток", feed.rows.get(feed.rows.size() - 1).name());
    }

    @Test
    void readFailureOfTheStreamIsNotTakenForTheEndOfTheFile() {
        // Longer than the detection block, so the failure comes while CSVReader reads, not while detecting.
        byte[] head = ("Артикул;Наименование\n" + "A;x\n".repeat(50_000)).getBytes(UTF_8);
        java.io.InputStream failing = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head),
                new java.io.InputStream() {
                    @Override
                    public int read() throws java.io.IOException {
                        throw new java.io.IOException("disk gone");
                    }
                });
        CsvSink ignore = new CsvSink() {
            @Override
            public void row(CsvRow row) {
            }

            @Override
            public void problem(CsvProblem problem) {
            }
        };
        java.io.IOException e = assertThrows(java.io.IOException.class,
                () -> new CsvFeedReader(CsvProfile.automatic()).read(failing, "feed.csv", ignore));
        assertEquals("disk gone", e.getMessage());
    }

    @Test
    void profileFileMixesHeaderNamesAndNumbersAndOverridesTheDictionary(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("supplier.properties");
        java.nio.file.Files.writeString(file, """
                # Поставщик "Ромашка": Цена is the purchase price here, not the retail one.
                encoding=windows-1251
                separator=;
                decimalSeparator=,
                column.sku=2
                column.name=Товар
                column.category=Раздел
                categorySeparator=/
                price.Розничная=Цена розн.
                price.Закупочная=Цена
                stock.Склад\\ МСК=6
                stock.Склад\\ СПб=Остаток СПб
                full=true
                """, UTF_8);
        CsvProfile profile = CsvProfile.load(file);
        String csv = "Артикул;Код;Товар;Цена;Цена розн.;Остаток МСК;Остаток СПб;Раздел\n"
                + "old-1;K-1;Лопата;1.000,00;1 500,50;4;;Сад/Инвентарь\n";
        Feed feed = Feed.read(csv.getBytes(CP1251), profile);

        assertEquals(List.of(), feed.problems);
        CsvRow row = feed.rows.get(0);
        assertEquals("K-1", row.sku());
        assertEquals("Лопата", row.name());
        assertNull(row.price());
        assertEquals(Map.of("Розничная", new BigDecimal("1500.50"), "Закупочная", new BigDecimal("1000.00")),
                row.prices());
        assertEquals(Map.of("Склад МСК", new BigDecimal("4")), row.stocks());
        assertEquals(List.of("Сад", "Инвентарь"), row.categoryPath());
        assertTrue(profile.full());
    }
}
