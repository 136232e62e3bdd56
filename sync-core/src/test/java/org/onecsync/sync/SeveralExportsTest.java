package org.onecsync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.onecsync.store.contract.Records.offer;
import static org.onecsync.store.contract.Records.price;
import static org.onecsync.store.contract.Records.priceType;
import static org.onecsync.store.contract.Records.product;
import static org.onecsync.store.contract.Records.stock;
import static org.onecsync.store.contract.Records.warehouse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecsync.SyncException.Kind;
import org.onecsync.model.OfferKey;
import org.onecsync.store.SessionStatus;
import org.onecsync.store.StoredRecord;
import org.onecsync.store.contract.TestExport;

/**
 * Of several exports in one source the one 1C made last wins, whatever the folders are called; exports whose
 * order cannot be told are refused. The files start like real CommerceML documents; their records come from
 * the test parser.
 */
class SeveralExportsTest {

    private static final String CATALOG = "<Классификатор><Ид>1</Ид></Классификатор><Каталог><Товары>";
    private static final String OFFERS = "<ПакетПредложений><Предложения>";

    private final GuardedStore store = new GuardedStore();
    private final List<String> readingOrder = new ArrayList<>();

    /** The start of a CommerceML document, with the date 1C made it, or none. */
    private static String head(String formedAt, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<КоммерческаяИнформация ВерсияСхемы=\"2.10\""
                + (formedAt == null ? "" : "\n    ДатаФормирования=\"" + formedAt + "\"") + ">\n" + body;
    }

    /** One day's export in a folder: the catalog and the offers with one price. */
    private static void day(TestExport export, String folder, String date, String offersDate, String name,
                            String amount) {
        export.file(folder + "/import.xml", head(date, CATALOG), false, priceType("t1", "Розница"),
                        product("p1", name))
                .file(folder + "/offers.xml", head(offersDate, OFFERS), false, price("p1", null, "t1", amount));
    }

    private ImportReport run(TestExport export) {
        return SyncEngine.builder(store).parsers(TestExport.parsers()).build().importExport(export.source(),
                ImportOptions.defaults().withProgress(p -> {
                    if (p.file() != null) {
                        readingOrder.add(p.file());
                    }
                }));
    }

    private List<StoredRecord> dump() {
        List<StoredRecord> rows = new ArrayList<>();
        store.dump(rows::add);
        return rows;
    }

    private BigDecimal retailPrice() {
        return store.reader().prices(new OfferKey("p1", null)).get(0).amount();
    }

    @Test
    void theNewerExportWinsThoughItsFolderComesFirstByName() {
        TestExport export = TestExport.of();
        day(export, "2024-05-07", "2024-05-07T09:00:00", "2024-05-07T09:00:05", "Green tea", "12");
        day(export, "monday", "2024-05-06T09:00:00", "2024-05-06T09:00:05", "Tea", "10");

        ImportReport report = run(export);

        assertEquals(SessionStatus.SUCCEEDED, report.status());
        assertEquals(0, new BigDecimal("12").compareTo(retailPrice()));
        assertEquals("Green tea", store.reader().product("p1").orElseThrow().record().name());
        assertEquals(List.of("monday/import.xml", "2024-05-07/import.xml", "monday/offers.xml",
                "2024-05-07/offers.xml"), readingOrder);
    }

    @Test
    void anUndatedDocumentBesideAnotherExportIsRefusedAndNothingIsWritten() {
        TestExport export = TestExport.of();
        day(export, "2024-05-07", "2024-05-07T09:00:00", "2024-05-07T09:00:05", "Green tea", "12");
        day(export, "monday", "2024-05-06T09:00:00", null, "Tea", "10");

        assertRefused(export, "the source holds more than one export (documents of the same kind in several"
                + " folders), and which is newer cannot be told: monday/offers.xml has no usable ДатаФормирования."
                + " Import the exports one at a time, oldest first");
    }

    @Test
    void twoCopiesOfADocumentWithTheSameDateAreRefused() {
        TestExport export = TestExport.of();
        day(export, "copy", "2024-05-07T09:00:00", "2024-05-07T09:00:05", "Green tea", "12");
        day(export, "original", "2024-05-07T09:00:00", "2024-05-07T09:00:05", "Green tea", "11");

        assertRefused(export, "the source holds more than one export (documents of the same kind in several"
                + " folders), and which is newer cannot be told: copy/import.xml and original/import.xml are both"
                + " dated 2024-05-07T09:00:00; copy/offers.xml and original/offers.xml are both dated"
                + " 2024-05-07T09:00:05. Import the exports one at a time, oldest first");
    }

    @Test
    void aDateThatIsNotADateCountsAsNone() {
        TestExport export = TestExport.of();
        day(export, "a", "2024-05-07T09:00:00", "вчера", "Green tea", "12");
        day(export, "b", "2024-05-06T09:00:00", "2024-05-06T09:00:05", "Tea", "10");

        assertRefused(export, "the source holds more than one export (documents of the same kind in several"
                + " folders), and which is newer cannot be told: a/offers.xml (ДатаФормирования=\"вчера\") has no"
                + " usable ДатаФормирования. Import the exports one at a time, oldest first");
    }

    private void assertRefused(TestExport export, String message) {
        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> run(export));

        assertEquals(Kind.BAD_INPUT, failure.kind());
        assertEquals(message, failure.getMessage());
        assertEquals(SessionStatus.FAILED, store.sessions().recent(1).get(0).status());
        assertEquals(List.of(), dump());
    }

    @Test
    void oneExportSplitIntoFoldersMayShareDatesBetweenDifferentFiles() {
        // As 1C:УТ 11 writes CommerceML 3.1: a folder per entity, files of one export made within seconds.
        TestExport export = TestExport.of()
                .file("goods/goods.xml", head("2025-09-12T21:25:39", CATALOG), false, product("p1", "Tea"))
                .file("offers/offers.xml", head("2025-09-12T21:31:18", OFFERS), false, offer("p1", "a", "Tea 100 g"))
                .file("priceLists/priceLists.xml", head("2025-09-12T21:25:23", ""), false, priceType("t1", "Розница"))
                .file("prices/prices.xml", head("2025-09-12T21:32:49", OFFERS), false, price("p1", "a", "t1", "5"))
                .file("rests/rests.xml", head("2025-09-12T21:34:05", OFFERS), false, stock("p1", "a", "w1", "2"))
                .file("storages/storages.xml", head("2025-09-12T21:25:23", ""), false, warehouse("w1", "Главный"));

        ImportReport report = run(export);

        assertEquals(SessionStatus.SUCCEEDED, report.status(), report.problems().toString());
        assertEquals(List.of("priceLists/priceLists.xml", "storages/storages.xml", "goods/goods.xml",
                "offers/offers.xml", "prices/prices.xml", "rests/rests.xml"), readingOrder);
    }

    @Test
    void undatedDocumentsOfOneFolderAreReadInTheSourcesOrder() {
        TestExport export = TestExport.of()
                .file("offers-b.xml", head(null, OFFERS), false, price("p1", null, "t1", "10"))
                .file("offers-a.xml", head(null, OFFERS), false, price("p1", null, "t1", "11"))
                .file("import.xml", head(null, CATALOG), false, priceType("t1", "Розница"), product("p1", "Tea"));

        run(export);

        assertEquals(List.of("import.xml", "offers-b.xml", "offers-a.xml"), readingOrder);
        assertEquals(0, new BigDecimal("11").compareTo(retailPrice()));
    }
}
