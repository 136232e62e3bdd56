package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.commerceml.testing.Fixtures;
import org.onecsync.commerceml.testing.HostileFiles;

class InspectCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static JsonNode inspectJson(Path path) throws IOException {
        CliRun run = CliRun.of("inspect", path.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        return JSON.readTree(run.out());
    }

    private static Map<String, Long> totals(JsonNode report) {
        Map<String, Long> totals = new TreeMap<>();
        report.get("totals").fields().forEachRemaining(e -> totals.put(e.getKey(), e.getValue().asLong()));
        return totals;
    }

    @Test
    void printsTheTotalsOfThe31ExportAsJson() throws IOException {
        JsonNode report = inspectJson(Fixtures.require("cml31-ut11-freesport"));
        assertEquals("{\"categories\":119,\"properties\":496,\"priceTypes\":6,\"units\":18,\"warehouses\":2,"
                + "\"products\":3,\"offers\":3,\"prices\":23,\"stocks\":10,\"counterparties\":37,\"orders\":0}",
                report.get("totals").toString());
    }

    @Test
    void describesEachFileWithRoleVersionAndPartialFlag() throws IOException {
        JsonNode report = inspectJson(Fixtures.require("cml31-ut11-freesport"));
        JsonNode goods = null;
        for (JsonNode file : report.get("files")) {
            if (file.get("path").asText().equals("goods/goods.xml")) {
                goods = file;
            }
        }
        assertEquals("catalog", goods.get("role").asText());
        assertEquals("3.1", goods.get("version").asText());
        assertTrue(goods.get("partial").asBoolean());
        assertEquals(3, goods.get("counts").get("products").asLong());
        assertEquals(20, report.get("files").size());
    }

    @Test
    void listsImagesAsSkippedWithTheirReason() throws IOException {
        JsonNode report = inspectJson(Fixtures.require("cml31-ut11-freesport"));
        assertEquals(29, report.get("skipped").size());
        assertEquals("a JPEG image", report.get("skipped").get(0).get("reason").asText());
    }

    @Test
    void printsTheTotalsOfThe204Sample() throws IOException {
        assertEquals("{\"categories\":1,\"properties\":0,\"priceTypes\":4,\"units\":0,\"warehouses\":0,"
                + "\"products\":4,\"offers\":2,\"prices\":8,\"stocks\":2,\"counterparties\":0,\"orders\":3}",
                inspectJson(Fixtures.require("cml204-1c-official")).get("totals").toString());
    }

    @Test
    void printsTheTotalsOfThe207Package() throws IOException {
        assertEquals("{\"categories\":1,\"properties\":12,\"priceTypes\":1,\"units\":0,\"warehouses\":3,"
                + "\"products\":36,\"offers\":44,\"prices\":44,\"stocks\":132,\"counterparties\":0,\"orders\":0}",
                inspectJson(Fixtures.require("cml207-ut11-package")).get("totals").toString());
    }

    @Test
    void givesTheSameTotalsForAWindows1251Copy() throws IOException {
        Path original = Fixtures.require("cml207-ut11-package");
        Path copy = Files.createDirectories(tmp.resolve("cp1251"));
        try (var files = Files.list(original)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "")
                        .replaceFirst("encoding=\"UTF-8\"", "encoding=\"windows-1251\"");
                Files.writeString(copy.resolve(file.getFileName()), text, Charset.forName("windows-1251"));
            }
        }
        assertEquals(totals(inspectJson(original)), totals(inspectJson(copy)));
    }

    @Test
    void readsAZippedExport() throws IOException {
        Path original = Fixtures.require("cml207-ut11-package");
        Path zip = tmp.resolve("export.bin");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
             var files = Files.list(original)) {
            for (Path file : files.sorted().toList()) {
                z.putNextEntry(new ZipEntry("export/" + file.getFileName()));
                Files.copy(file, z);
                z.closeEntry();
            }
        }
        assertEquals(totals(inspectJson(original)), totals(inspectJson(zip)));
    }

    @Test
    void failsWithOneLineNamingFileLineAndColumnForATruncatedFile() throws IOException {
        byte[] goods = Files.readAllBytes(Fixtures.require("cml31-ut11-freesport/goods/goods.xml"));
        Path export = Files.createDirectories(tmp.resolve("export/goods"));
        Files.write(export.resolve("goods.xml"), java.util.Arrays.copyOf(goods, goods.length / 2));
        CliRun run = CliRun.of("inspect", tmp.resolve("export").toString());
        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().matches("(?s)error: goods/goods\\.xml, line \\d+, column \\d+: unexpected end of file.*"),
                run.err());
    }

    @Test
    void refusesAFileWithAnExternalEntityDoctype() throws IOException {
        Path file = tmp.resolve("import.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<КоммерческаяИнформация><Каталог><Товары><Товар><Ид>&e;</Ид></Товар></Товары></Каталог>"
                + "</КоммерческаяИнформация>");
        CliRun run = CliRun.of("inspect", file.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("error: import.xml, line "), run.err());
        assertTrue(run.err().contains("DOCTYPE declarations are refused"), run.err());
    }

    @Test
    void refusesABillionLaughsFileAtOnce() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE l [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        Path file = tmp.resolve("offers.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n" + dtd + "]>\n<КоммерческаяИнформация>&l9;</КоммерческаяИнформация>");
        CliRun run = CliRun.of("inspect", file.toString(), "--json");
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("DOCTYPE declarations are refused"), run.err());
    }

    @Test
    void reportsAMissingPathWithoutAStackTrace() {
        CliRun run = CliRun.of("inspect", tmp.resolve("nowhere").toString());
        assertEquals(1, run.exitCode());
        assertEquals("error: no such file or folder: " + tmp.resolve("nowhere"), run.err().strip());
    }

    private static final String OFFERS_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<КоммерческаяИнформация ВерсияСхемы=\"2.05\">\n<ПакетПредложений>\n<Предложения>\n"
            + "<Предложение>\n<Ид>p1</Ид>\n<Цены>\n";
    private static final String OFFERS_TAIL = "</Цены>\n</Предложение>\n</Предложения>\n</ПакетПредложений>\n"
            + "</КоммерческаяИнформация>\n";

    /** 22 prices: 13 readable, 3 without a price type, 3 with an empty amount, 3 with an amount that is no number. */
    private Path twentyTwoPrices() throws IOException {
        StringBuilder prices = new StringBuilder();
        for (int i = 0; i < 13; i++) {
            prices.append("<Цена><ИдТипаЦены>t").append(i).append("</ИдТипаЦены><ЦенаЗаЕдиницу>10</ЦенаЗаЕдиницу>"
                    + "</Цена>\n");
        }
        prices.append("<Цена><ЦенаЗаЕдиницу>10</ЦенаЗаЕдиницу></Цена>\n".repeat(3));
        prices.append("<Цена><ИдТипаЦены>e</ИдТипаЦены><ЦенаЗаЕдиницу></ЦенаЗаЕдиницу></Цена>\n".repeat(3));
        prices.append("<Цена><ИдТипаЦены>x</ИдТипаЦены><ЦенаЗаЕдиницу>abc</ЦенаЗаЕдиницу></Цена>\n".repeat(3));
        Path file = tmp.resolve("offers.xml");
        Files.writeString(file, OFFERS_HEAD + prices + OFFERS_TAIL);
        return file;
    }

    @Test
    void countsThePricesItCannotReadWithTheirReasons() throws IOException {
        JsonNode report = inspectJson(twentyTwoPrices());
        assertEquals(13, report.get("totals").get("prices").asLong());
        assertEquals(9, report.get("unreadable").get("prices").asLong());
        assertEquals(9, report.get("files").get(0).get("unreadable").get("prices").asLong());
        assertEquals(9, report.get("firstUnreadable").size());
        assertEquals("{\"path\":\"offers.xml\",\"line\":21,\"entity\":\"prices\",\"key\":\"p1|\","
                + "\"reason\":\"price has no ИдТипаЦены\"}", report.get("firstUnreadable").get(0).toString());
        assertEquals("{\"path\":\"offers.xml\",\"line\":27,\"entity\":\"prices\",\"key\":\"p1|x\","
                + "\"reason\":\"ЦенаЗаЕдиницу 'abc' is not a number\"}", report.get("firstUnreadable").get(6).toString());
    }

    @Test
    void printsTheUnreadablePricesUnderTheTotals() throws IOException {
        CliRun run = CliRun.of("inspect", twentyTwoPrices().toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("offers.xml  prices          2.05     -        prices 13; unreadable: prices 9", lines.get(1));
        assertEquals(List.of(
                "Unreadable: prices 9 (not in the totals; import skips them too)",
                "  offers.xml:21: price p1|: price has no ИдТипаЦены",
                "  offers.xml:22: price p1|: price has no ИдТипаЦены",
                "  offers.xml:23: price p1|: price has no ИдТипаЦены",
                "  offers.xml:24: price p1|e: ЦенаЗаЕдиницу is empty",
                "  offers.xml:25: price p1|e: ЦенаЗаЕдиницу is empty",
                "  offers.xml:26: price p1|e: ЦенаЗаЕдиницу is empty",
                "  offers.xml:27: price p1|x: ЦенаЗаЕдиницу 'abc' is not a number",
                "  offers.xml:28: price p1|x: ЦенаЗаЕдиницу 'abc' is not a number",
                "  offers.xml:29: price p1|x: ЦенаЗаЕдиницу 'abc' is not a number"), lines.subList(4, lines.size()));
    }

    @Test
    void saysThatTheOrdersItCountsAreNotCatalogDataButStatusUpdates() throws IOException {
        Path export = Fixtures.require("cml204-1c-official");
        assertEquals("{\"orders\":3}", inspectJson(export).get("notImported").toString());
        CliRun run = CliRun.of("inspect", export.toString());
        assertTrue(run.out().contains("\nNot catalog data: orders 3 (import applies order documents as 1C's status"
                + " updates, to the order book)\n"), run.out());
    }

    @Test
    void namesWhatEachFileThatIsNotAnExchangeFileIs() throws IOException {
        Path export = Files.createDirectories(tmp.resolve("export"));
        Files.write(export.resolve("a-empty.xml"), new byte[0]);
        Files.write(export.resolve("b-bom.xml"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        byte[] random = new byte[5000];
        new java.util.SplittableRandom(1).nextBytes(random);
        Files.write(export.resolve("c-random.xml"), random);
        Files.writeString(export.resolve("d-error.xml"), "<html><head><title>502 Bad Gateway</title></head></html>");
        Files.write(export.resolve("e-image.xml"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        Files.writeString(export.resolve("f-feed.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"/>");
        CliRun run = CliRun.of("inspect", export.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("FILE  ROLE            VERSION  PARTIAL  RECORDS", "(no exchange files found)", "",
                "Totals: categories 0, properties 0, priceTypes 0, units 0, warehouses 0, products 0, offers 0, "
                        + "prices 0, stocks 0, counterparties 0, orders 0",
                "Skipped 6 file(s) that are not exchange files:",
                "  a-empty.xml: an empty file",
                "  b-bom.xml: only a byte-order mark",
                "  c-random.xml: binary data, not XML",
                "  d-error.xml: an HTML page, not CommerceML (an HTTP error page?)",
                "  e-image.xml: a PNG image",
                "  f-feed.xml: XML but not CommerceML: root <rss>"), run.out().lines().toList());
    }

    @Test
    void refusesAnUndeclaredEntityWithOneLocatedLineAndExitCode1() throws IOException {
        Path file = tmp.resolve("import.xml");
        Files.writeString(file, HostileFiles.CATALOG_HEAD + "<Наименование>a&nbsp;b</Наименование>"
                + HostileFiles.CATALOG_TAIL);
        CliRun run = CliRun.of("inspect", file.toString());
        assertEquals(1, run.exitCode());
        assertEquals("error: import.xml, line 7, column 27: undeclared entity &nbsp; (XML itself knows only &amp; "
                + "&lt; &gt; &quot; &apos; and numeric references such as &#160;): the file is malformed",
                run.err().strip());
    }

    @Test
    void refusesAWindows1251FileThatDeclaresUtf8() throws IOException {
        Path file = tmp.resolve("import.xml");
        Files.write(file, (HostileFiles.CATALOG_HEAD + HostileFiles.CATALOG_TAIL).getBytes(Charset.forName("windows-1251")));
        CliRun run = CliRun.of("inspect", file.toString());
        assertEquals(1, run.exitCode());
        assertEquals("error: import.xml, line 2, column 2: the bytes here (0xCA 0xEE) are not UTF-8, the encoding the "
                + "file declares: it looks like windows-1251; fix its XML declaration to encoding=\"windows-1251\" "
                + "or export it again as UTF-8", run.err().strip());
    }

    @Test
    void refusesATwoGigabyteIdInsideASmallZipAtOnce() throws IOException {
        Path zip = tmp.resolve("export.zip");
        HostileFiles.zip(zip, "goods/goods.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<КоммерческаяИнформация ВерсияСхемы=\"3.1\">\n<Каталог>\n<Товары>\n<Товар>\n<Ид>", (byte) '7',
                2048L << 20, "</Ид>" + HostileFiles.CATALOG_TAIL);
        CliRun run = CliRun.of("inspect", zip.toString(), "--json");
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertEquals("error: goods/goods.xml, line 6, column 7: a text node, tag or comment longer than 8 MiB starts "
                + "here (the limit on one text node or tag with its attributes, to keep memory bounded)",
                run.err().strip());
    }

    @Test
    void summarisesItselfInOneFullSentenceInTheCommandList() {
        CliRun run = CliRun.of("--help");
        String line = run.out().lines().filter(l -> l.strip().startsWith("inspect ")).findFirst().orElseThrow();
        assertEquals("inspect  Shows what an export holds, file by file.",
                line.strip().replaceAll("\\s{2,}", "  "));
    }
}
