package org.onecsync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.onecsync.store.contract.Records.order;
import static org.onecsync.store.contract.Records.price;
import static org.onecsync.store.contract.Records.priceType;
import static org.onecsync.store.contract.Records.product;
import static org.onecsync.store.contract.Records.stock;
import static org.onecsync.store.contract.Records.warehouse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onecsync.SyncException.Kind;
import org.onecsync.model.EntityType;
import org.onecsync.parse.ContentSniffer;
import org.onecsync.parse.FileOutcome;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.SessionRecord;
import org.onecsync.store.SessionStatus;
import org.onecsync.store.StoredRecord;
import org.onecsync.store.contract.TestExport;

/** An import says what it did not read and what it read but did not apply, and fails when there was nothing. */
class ImportOutcomesTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    private final GuardedStore store = new GuardedStore();

    private ImportReport run(TestExport export, ImportOptions options) {
        return SyncEngine.builder(store).parsers(TestExport.parsers()).build().importExport(export.source(), options);
    }

    private List<StoredRecord> dump() {
        List<StoredRecord> rows = new ArrayList<>();
        store.dump(rows::add);
        return rows;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String why(byte[] content) {
        return ContentSniffer.describe(content, content.length);
    }

    static Stream<Arguments> sourcesWithoutAnExchangeFile() {
        byte[] random = new byte[1000];
        new Random(8).nextBytes(random);
        Map<String, byte[]> txt = new LinkedHashMap<>();
        txt.put("notes/a.txt", utf8("price list for Monday"));
        txt.put("notes/b.txt", utf8("call the supplier"));
        return Stream.of(
                Arguments.of("a 0-byte file", Map.of("import.xml", new byte[0])),
                Arguments.of("a BOM-only file", Map.of("import.xml", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})),
                Arguments.of("a PNG", Map.of("logo.png", PNG)),
                Arguments.of("a folder of .txt files", txt),
                Arguments.of("a non-1C XML", Map.of("feed.xml", utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"/>"))),
                Arguments.of("random bytes", Map.of("import.xml", random)),
                Arguments.of("an HTML error page", Map.of("import.xml",
                        utf8("<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sourcesWithoutAnExchangeFile")
    void aSourceWithoutAnExchangeFileFailsNamingEveryFileAndWhy(String what, Map<String, byte[]> files) {
        TestExport export = TestExport.of();
        List<String> reasons = new ArrayList<>();
        files.forEach((path, bytes) -> {
            export.raw(path, bytes);
            reasons.add(path + ": " + why(bytes));
        });

        assertNothingToImport(export, "nothing to import in test export: no file is a 1C exchange file ("
                + String.join("; ", reasons) + ")");
    }

    @Test
    void anEmptySourceFails() {
        assertNothingToImport(TestExport.of(), "nothing to import in test export: it holds no files");
    }

    @Test
    void aSourceOfOnlyOrderDocumentsFailsAnImportThatDoesNotApplyOrdersSayingSo() {
        TestExport export = TestExport.of().file("orders.xml", false, order("o1"), order("o2")).raw("logo.png", PNG);

        assertNothingToImport(export, ImportOptions.defaults().withKind(ImportKind.COUNTERPARTIES),
                "nothing to import in test export: no file is a 1C exchange file (orders.xml: 2 order documents and"
                + " nothing else; an import of counterparties does not apply orders; logo.png: " + why(PNG) + ")");
    }

    @Test
    void aStoreWithoutAnOrderBookStillIgnoresOrdersAndFailsASourceOfNothingElse() {
        store.withoutOrderBook();
        TestExport orders = TestExport.of().file("orders.xml", false, order("o1"), order("o2"));

        ImportReport mixed = run(TestExport.of().file("import.xml", false, product("p1", "Tea"), order("o1")),
                ImportOptions.defaults());

        assertEquals(Map.of(EntityType.ORDER, 1L), mixed.ignored());
        assertEquals(SessionStatus.SUCCEEDED, mixed.status());
        ImportFailedException failure = assertThrows(ImportFailedException.class,
                () -> run(orders, ImportOptions.defaults()));
        assertEquals("nothing to import in test export: no file is a 1C exchange file (orders.xml: 2 order documents"
                + " and nothing else; orders are not imported: the store keeps no order book and no order sink was"
                + " given)", failure.getMessage());
    }

    @Test
    void theMessageNamesTenFilesAndCountsTheRest() {
        TestExport export = TestExport.of();
        List<String> reasons = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            export.raw("img" + i + ".png", PNG);
            reasons.add("img" + i + ".png: " + why(PNG));
        }

        assertNothingToImport(export, "nothing to import in test export: no file is a 1C exchange file ("
                + String.join("; ", reasons.subList(0, 10)) + " and 2 more)");
    }

    private void assertNothingToImport(TestExport export, String message) {
        assertNothingToImport(export, ImportOptions.defaults(), message);
    }

    private void assertNothingToImport(TestExport export, ImportOptions options, String message) {
        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> run(export, options));

        assertEquals(Kind.BAD_INPUT, failure.kind());
        assertEquals(message, failure.getMessage());
        SessionRecord session = store.sessions().recent(1).get(0);
        assertEquals(SessionStatus.FAILED, session.status());
        assertEquals(message, session.error());
        assertEquals(List.of(), dump());
    }

    @Test
    void aRecognisedFileWithoutRecordsIsALegitimateExchange() {
        ImportReport report = run(TestExport.of().file("offers.xml", false), ImportOptions.defaults());

        assertEquals(SessionStatus.SUCCEEDED, report.status());
        assertEquals(EntityCounts.ZERO, report.counts(EntityType.OFFER));
        assertEquals(List.of(), report.skippedFiles());
    }

    @Test
    void filesNoParserReadsAreListedWithTheirReason() {
        byte[] text = utf8("read me");
        TestExport export = TestExport.of().file("import.xml", false, product("p1", "Tea"))
                .raw("import_files/logo.png", PNG).raw("readme.txt", text);

        ImportReport report = run(export, ImportOptions.defaults());

        assertEquals(SessionStatus.SUCCEEDED, report.status());
        assertEquals(List.of(new FileOutcome("import_files/logo.png", null, why(PNG)),
                new FileOutcome("readme.txt", null, why(text))), report.skippedFiles());
    }

    @Test
    void recordsOutsideTheKindAreCountedAsIgnoredAndOrdersGoToTheOrderBook() {
        run(TestExport.partial(priceType("t1", "Розница"), warehouse("w1", "Главный"), product("p1", "Tea")),
                ImportOptions.defaults());
        TestExport export = TestExport.of()
                .file("offers.xml", false, price("p1", null, "t1", "10"), stock("p1", null, "w1", "3"),
                        price("p1", null, "t1", "11"))
                .file("orders.xml", false, order("o1"));

        ImportReport stock = run(export, ImportOptions.defaults().withKind(ImportKind.STOCK));
        ImportReport all = run(export, ImportOptions.defaults());

        assertEquals(Map.of(EntityType.PRICE, 2L, EntityType.ORDER, 1L), stock.ignored());
        assertEquals(new EntityCounts(1, 0, 0, 0, 0), stock.counts(EntityType.STOCK));
        assertEquals(Map.of(), all.ignored());
        assertEquals(new EntityCounts(0, 0, 0, 0, 1), all.counts(EntityType.ORDER));
    }
}
