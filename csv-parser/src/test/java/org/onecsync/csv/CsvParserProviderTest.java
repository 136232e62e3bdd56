package org.onecsync.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.feed.FeedPrice;
import org.onecsync.feed.FeedProduct;
import org.onecsync.parse.DocumentHeader;
import org.onecsync.parse.FileOutcome;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.parse.Scope;
import org.onecsync.spi.ExportParserProvider;
import org.onecsync.spi.FileHints;
import org.onecsync.spi.ParserOptions;

class CsvParserProviderTest {

    private static final byte[] TEXT = "Артикул;Наименование\nA-1;x\n".getBytes(UTF_8);

    private final CsvParserProvider provider = new CsvParserProvider();

    @Test
    void isFoundByServiceLoaderUnderTheNameCsv() {
        List<String> names = ParserRegistry.load().providers().stream().map(ExportParserProvider::name).toList();
        assertEquals(List.of("csv"), names);
        assertEquals("csv", ParserRegistry.load().named("CSV").name());
    }

    @Test
    void contentAloneIsNeverClaimed() {
        assertFalse(provider.recognizes(TEXT, TEXT.length));
        assertFalse(provider.recognizes(TEXT, TEXT.length, FileHints.ofName("feed.txt")));
        assertFalse(provider.recognizes(TEXT, TEXT.length, new FileHints(null, null)));
        assertFalse(provider.recognizes(TEXT, TEXT.length, new FileHints("feed", "text/plain")));
    }

    @Test
    void claimedByExtensionIgnoringCase() {
        assertTrue(provider.recognizes(TEXT, TEXT.length, FileHints.ofName("prices/feed.csv")));
        assertTrue(provider.recognizes(TEXT, TEXT.length, FileHints.ofName("FEED.CSV")));
        assertTrue(provider.recognizes(TEXT, TEXT.length, FileHints.ofName("feed.tsv")));
    }

    @Test
    void claimedByDeclaredMediaType() {
        for (String type : List.of("text/csv", "text/csv; charset=windows-1251", "TEXT/TAB-SEPARATED-VALUES",
                "application/csv", "text/comma-separated-values")) {
            assertTrue(provider.recognizes(TEXT, TEXT.length, new FileHints("upload", type)), type);
        }
    }

    @Test
    void xmlNamedCsvIsLeftToCommerceMl() {
        for (String head : List.of("<?xml version=\"1.0\"?><КоммерческаяИнформация/>", "\uFEFF<?xml?>",
                " \r\n\t<КоммерческаяИнформация>")) {
            byte[] bytes = head.getBytes(UTF_8);
            assertFalse(provider.recognizes(bytes, bytes.length, FileHints.ofName("import.csv")), head);
            assertFalse(provider.recognizes(bytes, bytes.length, new FileHints("upload", "text/csv")), head);
        }
        // Only the valid part of the head counts.
        byte[] text = "A;B\n<p>".getBytes(UTF_8);
        assertTrue(provider.recognizes(text, text.length, FileHints.ofName("feed.csv")));
        assertTrue(provider.recognizes(new byte[0], 0, FileHints.ofName("empty.csv")));
    }

    @Test
    void fileNotNamedCsvIsNotReadUnlessTheFormatIsForced(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("feed.txt");
        Files.write(file, TEXT);

        FileOutcome skipped = Recorder.read(file).outcome;
        assertFalse(skipped.parsed());

        Recorder forced = Recorder.read(file, ParserOptions.none().withFormat("csv"));
        assertEquals(new FileOutcome("feed.txt", "csv", null), forced.outcome);
        assertEquals(List.of(FeedProduct.builder().sku("A-1").name("x").build()), forced.products());
    }

    @Test
    void declaredMediaTypeMakesAnUploadWithoutExtensionRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("upload");
        Files.write(file, TEXT);
        Recorder r = Recorder.read(file, "text/csv; charset=utf-8", ParserOptions.none());
        assertEquals(new FileOutcome("upload", "csv", null), r.outcome);
        assertEquals(1, r.products().size());
    }

    @Test
    void announcesTheFileWithTheEncodingUsedThenTheScopeAtTheFirstRow(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("feed.csv");
        Files.writeString(file, "Прайс\nАртикул;Наименование;Цена\n\nA-1;Пила;10\n",
                java.nio.charset.Charset.forName("windows-1251"));
        CsvProfile profile = CsvProfile.builder().skipLines(1).build();

        Recorder r = Recorder.read(file, ParserOptions.none().with(CsvProfile.class, profile));

        assertEquals(List.of(
                new DocumentHeader("feed.csv", "csv", null, "windows-1251"),
                Scope.changes("products", 4),
                new Recorder.Product(FeedProduct.builder().sku("A-1").name("Пила")
                        .price(FeedPrice.price(new BigDecimal("10"))).build(), 4)), r.events);
    }

    @Test
    void fullProfileAnnouncesTheCompleteProductList(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("feed.csv");
        Files.write(file, TEXT);
        CsvProfile full = CsvProfile.builder().full(true).build();

        Recorder r = Recorder.read(file, ParserOptions.none().with(CsvProfile.class, full));

        assertEquals(List.of(new DocumentHeader("feed.csv", "csv", null, "UTF-8"), Scope.complete("products", 2),
                new Recorder.Product(FeedProduct.builder().sku("A-1").name("x").build(), 2)), r.events);
    }

    @Test
    void headerWithoutRowsAnnouncesNoScopeSoAnEmptyFullFeedRemovesNothing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("feed.csv");
        Files.writeString(file, "Артикул;Наименование\n", UTF_8);
        CsvProfile full = CsvProfile.builder().full(true).build();

        Recorder r = Recorder.read(file, ParserOptions.none().with(CsvProfile.class, full));

        assertEquals(List.of(new DocumentHeader("feed.csv", "csv", null, "UTF-8")), r.events);
    }
}
