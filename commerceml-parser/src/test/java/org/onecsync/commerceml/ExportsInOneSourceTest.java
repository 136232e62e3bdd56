package org.onecsync.commerceml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.SyncException.Kind;
import org.onecsync.model.EntityType;
import org.onecsync.model.OfferKey;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;
import org.onecsync.store.SessionStatus;
import org.onecsync.store.memory.InMemoryCatalogStore;
import org.onecsync.sync.ImportFailedException;
import org.onecsync.sync.ImportKind;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.ImportReport;
import org.onecsync.sync.SyncEngine;

/**
 * Real CommerceML files, written here, through the engine: of two exports in one folder the one 1C made last
 * wins whatever the folders are called; an undated one beside another is refused; a folder with nothing to
 * import fails; an empty changes-only package is an exchange.
 */
class ExportsInOneSourceTest {

    @TempDir
    Path dir;

    private final InMemoryCatalogStore store = new InMemoryCatalogStore();

    private static String document(String formedAt, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<КоммерческаяИнформация ВерсияСхемы=\"2.10\""
                + (formedAt == null ? "" : " ДатаФормирования=\"" + formedAt + "\"") + ">\n" + body
                + "</КоммерческаяИнформация>\n";
    }

    private static String catalog(String name) {
        return "<Классификатор><Ид>cls</Ид><Наименование>Классификатор</Наименование></Классификатор>\n"
                + "<Каталог СодержитТолькоИзменения=\"true\"><Ид>cat</Ид><ИдКлассификатора>cls</ИдКлассификатора>"
                + "<Наименование>Каталог</Наименование>\n<Товары>\n<Товар><Ид>p1</Ид><Наименование>" + name
                + "</Наименование></Товар>\n</Товары>\n</Каталог>\n";
    }

    private static String offers(String amount) {
        return "<ПакетПредложений СодержитТолькоИзменения=\"true\"><Ид>cat#</Ид><Наименование>Пакет</Наименование>"
                + "<ИдКаталога>cat</ИдКаталога><ИдКлассификатора>cls</ИдКлассификатора>\n<ТипыЦен><ТипЦены><Ид>t1</Ид>"
                + "<Наименование>Розничная</Наименование><Валюта>RUB</Валюта></ТипЦены></ТипыЦен>\n"
                + (amount == null ? "" : "<Предложения>\n<Предложение><Ид>p1</Ид><Наименование>Tea</Наименование>"
                + "<Цены><Цена><ИдТипаЦены>t1</ИдТипаЦены><ЦенаЗаЕдиницу>" + amount + "</ЦенаЗаЕдиницу>"
                + "<Валюта>RUB</Валюта></Цена></Цены></Предложение>\n</Предложения>\n") + "</ПакетПредложений>\n";
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void day(String folder, String date, String offersDate, String name, String amount) throws IOException {
        write(folder + "/import.xml", document(date, catalog(name)));
        write(folder + "/offers.xml", document(offersDate, offers(amount)));
    }

    private ImportReport run() throws IOException {
        return run(ImportOptions.defaults());
    }

    private ImportReport run(ImportOptions options) throws IOException {
        try (ExportSource source = ExportSources.open(dir)) {
            return SyncEngine.builder(store).parsers(ParserRegistry.of(new CommerceMlParserProvider())).build()
                    .importExport(source, options);
        }
    }

    private BigDecimal retailPrice() {
        return store.reader().prices(new OfferKey("p1", null)).get(0).amount();
    }

    @Test
    void theExport1CMadeLastWinsThoughItsFolderSortsFirst() throws IOException {
        day("2024-05-07", "2024-05-07T09:00:00", "2024-05-07T09:00:05", "Green tea", "12");
        day("monday", "2024-05-06T09:00:00", "2024-05-06T09:00:05", "Tea", "10");

        ImportReport report = run();

        assertEquals(SessionStatus.SUCCEEDED, report.status(), report.problems().toString());
        assertEquals(0, new BigDecimal("12").compareTo(retailPrice()));
        assertEquals("Green tea", store.reader().product("p1").orElseThrow().record().name());
    }

    @Test
    void anUndatedExportBesideAnotherIsRefusedAndNothingIsWritten() throws IOException {
        day("2024-05-07", "2024-05-07T09:00:00", "2024-05-07T09:00:05", "Green tea", "12");
        day("monday", "2024-05-06T09:00:00", null, "Tea", "10");

        ImportFailedException failure = assertThrows(ImportFailedException.class, this::run);

        assertEquals(Kind.BAD_INPUT, failure.kind());
        assertEquals("the source holds more than one export (documents of the same kind in several folders), and"
                + " which is newer cannot be told: monday/offers.xml has no usable ДатаФормирования. Import the"
                + " exports one at a time, oldest first", failure.getMessage());
        assertEquals(List.of(), store.reader().products(null, 10));
    }

    @Test
    void onlyAnOrdersDocumentAndAnEmptyFileIsNothingToImportForACatalogImport() throws IOException {
        write("orders.xml", document("2024-05-07T09:00:00", "<Документ><Ид>36</Ид><Номер>36</Номер>"
                + "<Дата>2024-05-07</Дата><ХозОперация>Заказ товара</ХозОперация><Роль>Продавец</Роль>"
                + "<Валюта>RUB</Валюта><Сумма>10</Сумма></Документ>\n"));
        write("import.xml", "");

        ImportFailedException failure = assertThrows(ImportFailedException.class,
                () -> run(ImportOptions.defaults().withKind(ImportKind.CATALOG)));

        assertEquals(Kind.BAD_INPUT, failure.kind());
        assertEquals("nothing to import in folder " + dir.toAbsolutePath() + ": no file is a 1C exchange file ("
                + "orders.xml: 1 order document and nothing else; an import of catalog does not apply orders;"
                + " import.xml: "
                + org.onecsync.parse.ContentSniffer.describe(new byte[0], 0) + ")", failure.getMessage());
        assertEquals(SessionStatus.FAILED, store.sessions().recent(1).get(0).status());
    }

    @Test
    void anEmptyChangesOnlyOffersPackageIsAnExchange() throws IOException {
        write("offers.xml", document("2024-05-07T09:00:00", offers(null)));

        ImportReport report = run();

        assertEquals(SessionStatus.SUCCEEDED, report.status());
        assertEquals(List.of(), report.skippedFiles());
        assertEquals(0, report.counts(EntityType.PRICE).created());
    }
}
