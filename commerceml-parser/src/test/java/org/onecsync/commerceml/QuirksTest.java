package org.onecsync.commerceml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.Category;
import org.onecsync.model.OfferKey;
import org.onecsync.model.Order;
import org.onecsync.model.Product;
import org.onecsync.model.Stock;
import org.onecsync.parse.PackageHeader;
import org.onecsync.parse.PackageKind;
import org.onecsync.parse.ParseException;
import org.onecsync.spi.RecordHandler;

/** The quirks of real files that the fixtures do not all show, on small documents written here. */
class QuirksTest {

    private static final String DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final Charset CP1251 = Charset.forName("windows-1251");

    private static List<CatalogRecord> parse(byte[] bytes) throws IOException {
        List<CatalogRecord> records = new ArrayList<>();
        new CommerceMlParser().parse("test.xml", new ByteArrayInputStream(bytes), (r, line) -> records.add(r));
        return records;
    }

    private static List<CatalogRecord> parse(String xml) throws IOException {
        return parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String catalog(String ns, String products) {
        return DECL + "<КоммерческаяИнформация " + ns + " ВерсияСхемы=\"2.09\"><Каталог СодержитТолькоИзменения=\"false\">"
                + "<Ид>c</Ид><Товары>" + products + "</Товары></Каталог></КоммерческаяИнформация>";
    }

    @Test
    void readsNamespacedAndNamespacelessFilesAlike() throws IOException {
        String product = "<Товар><Ид>p1</Ид><Наименование>Стул</Наименование></Товар>";
        assertEquals(parse(catalog("", product)), parse(catalog("xmlns=\"urn:1C.ru:commerceml_2\"", product)));
        assertEquals(parse(catalog("", product)), parse(catalog("xmlns:c=\"urn:1C.ru:commerceml_3\"", product)
                .replace("<КоммерческаяИнформация xmlns:c", "<c:КоммерческаяИнформация xmlns:c")
                .replace("</КоммерческаяИнформация>", "</c:КоммерческаяИнформация>")));
    }

    @Test
    void honoursDeletionMarksInAllThreeForms() throws IOException {
        List<CatalogRecord> records = parse(catalog("",
                "<Товар><Ид>a</Ид><Статус>Удален</Статус></Товар>"
                        + "<Товар Статус=\"Удален\"><Ид>b</Ид></Товар>"
                        + "<Товар><Ид>c</Ид><ПометкаУдаления>true</ПометкаУдаления></Товар>"
                        + "<Товар><Ид>d</Ид><ПометкаУдаления>false</ПометкаУдаления></Товар>"));
        assertEquals(List.of(true, true, true, false),
                records.stream().map(r -> ((Product) r).deleted()).toList());
    }

    @Test
    void readsWindows1251DeclaredInTheXmlDeclaration() throws IOException {
        String xml = catalog("", "<Товар><Ид>p1</Ид><Наименование>Стол обеденный</Наименование></Товар>")
                .replace("UTF-8", "windows-1251");
        Product product = (Product) parse(xml.getBytes(CP1251)).get(0);
        assertEquals("Стол обеденный", product.name());
    }

    @Test
    void readsUndeclaredWindows1251ByFallingBackFromUtf8() throws IOException {
        String xml = catalog("", "<Товар><Ид>p1</Ид><Наименование>Стол обеденный</Наименование></Товар>")
                .replace(DECL, "");
        Product product = (Product) parse(xml.getBytes(CP1251)).get(0);
        assertEquals("Стол обеденный", product.name());
    }

    @Test
    void trustsByteOrderMarkOverDeclaration() throws IOException {
        String xml = "\uFEFF" + catalog("", "<Товар><Ид>p1</Ид><Наименование>Стол</Наименование></Товар>")
                .replace("UTF-8", "windows-1251");
        assertEquals("Стол", ((Product) parse(xml.getBytes(StandardCharsets.UTF_8)).get(0)).name());
    }

    @Test
    void reportsBytesThatAreNotInTheDeclaredEncoding() {
        byte[] bytes = catalog("", "<Товар><Ид>p1</Ид><Наименование>Стол</Наименование></Товар>")
                .getBytes(CP1251);
        ParseException e = assertThrows(ParseException.class, () -> parse(bytes));
        assertEquals("test.xml", e.fileName());
        assertTrue(e.getMessage().startsWith("test.xml, line 2, column "), e.getMessage());
    }

    @Test
    void refusesDoctypeWithExternalEntity() {
        String xml = DECL + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<КоммерческаяИнформация><Каталог><Товары><Товар><Ид>&e;</Ид></Товар></Товары></Каталог>"
                + "</КоммерческаяИнформация>";
        ParseException e = assertThrows(ParseException.class, () -> parse(xml));
        assertTrue(e.problem().startsWith("DOCTYPE declarations are refused"), e.problem());
    }

    @Test
    void refusesBillionLaughsWithoutExpandingIt() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE l [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String xml = DECL + dtd + "]>\n<КоммерческаяИнформация>&l9;</КоммерческаяИнформация>";
        ParseException e = assertThrows(ParseException.class, () -> parse(xml));
        assertTrue(e.problem().startsWith("DOCTYPE declarations are refused"), e.problem());
    }

    @Test
    void reportsTruncatedFileWithItsLine() {
        String xml = catalog("", "<Товар><Ид>p1</Ид>\n<Наименование>Стул</Наименование></Товар>");
        String truncated = xml.substring(0, xml.indexOf("</Товар>"));
        ParseException e = assertThrows(ParseException.class, () -> parse(truncated));
        assertEquals(3, e.line());
        assertTrue(e.problem().startsWith("unexpected end of file: the file is truncated"), e.problem());
    }

    @Test
    void rejectsXmlWhoseRootIsNotCommerceMl() {
        ParseException e = assertThrows(ParseException.class, () -> parse(DECL + "<catalog/>"));
        assertEquals("not a CommerceML file: the root element is <catalog>, expected <КоммерческаяИнформация>",
                e.problem());
    }

    @Test
    void readsNestedGroupsWithTheirParents() throws IOException {
        String xml = DECL + "<КоммерческаяИнформация><Классификатор><Группы><Группа><Ид>a</Ид><Наименование>A</Наименование>"
                + "<Группы><Группа><Ид>b</Ид><Наименование>B</Наименование></Группа></Группы></Группа></Группы>"
                + "</Классификатор></КоммерческаяИнформация>";
        assertEquals(List.of(new Category("a", null, "A", false), new Category("b", "a", "B", false)), parse(xml));
    }

    @Test
    void readsStockRowWithoutWarehouseAsTotal() throws IOException {
        String xml = DECL + "<КоммерческаяИнформация><ПакетПредложений><Предложения><Предложение><Ид>p#</Ид>"
                + "<Остатки><Остаток><Количество>1 234,5</Количество></Остаток></Остатки></Предложение>"
                + "</Предложения></ПакетПредложений></КоммерческаяИнформация>";
        assertEquals(List.of(new Stock(new OfferKey("p", null), null, new BigDecimal("1234.5"))), parse(xml));
    }

    @Test
    void reportsOfferWithoutIdAsSkippedAndGoesOn() throws IOException {
        String xml = DECL + "<КоммерческаяИнформация><ПакетПредложений><Предложения>"
                + "<Предложение><Наименование>x</Наименование></Предложение>"
                + "<Предложение><Ид>p</Ид><Количество>2</Количество></Предложение>"
                + "</Предложения></ПакетПредложений></КоммерческаяИнформация>";
        List<String> skipped = new ArrayList<>();
        List<CatalogRecord> records = new ArrayList<>();
        new CommerceMlParser().parse("t.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                new RecordHandler() {
                    @Override
                    public void onRecord(CatalogRecord record, long line) {
                        records.add(record);
                    }

                    @Override
                    public void onSkipped(org.onecsync.model.EntityType type, String key, String reason, long line) {
                        skipped.add(type + " " + key + ": " + reason);
                    }
                });
        assertEquals(List.of("OFFER x: offer has no Ид"), skipped);
        assertEquals(List.of(new Stock(new OfferKey("p", null), null, new BigDecimal("2"))), records);
    }

    @Test
    void readsOrdersInsideA31Container() throws IOException {
        String xml = DECL + "<КоммерческаяИнформация xmlns=\"urn:1C.ru:commerceml_3\" ВерсияСхемы=\"3.1\"><Контейнер>"
                + "<Документ><Ид>d1</Ид><Номер>7</Номер><Дата>2014-06-01T0:36:33</Дата><Сумма>10.5</Сумма></Документ>"
                + "</Контейнер></КоммерческаяИнформация>";
        Order order = (Order) parse(xml).get(0);
        assertEquals("d1", order.id());
        assertEquals(java.time.LocalDateTime.of(2014, 6, 1, 0, 36, 33), order.date());
    }

    @Test
    void announcesEachPackageWithItsPartialFlag() throws IOException {
        List<PackageHeader> packages = new ArrayList<>();
        new CommerceMlParser().parse("t.xml", new ByteArrayInputStream(catalog("", "").getBytes(StandardCharsets.UTF_8)),
                new RecordHandler() {
                    @Override
                    public void onRecord(CatalogRecord record, long line) {
                    }

                    @Override
                    public void onPackage(PackageHeader header) {
                        packages.add(header);
                    }
                });
        assertEquals(List.of(new PackageHeader(PackageKind.CATALOG, "c", false, 2)), packages);
    }
}
