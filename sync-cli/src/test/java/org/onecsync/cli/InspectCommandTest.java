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
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.commerceml.testing.Fixtures;

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
        assertEquals("an image (JPEG)", report.get("skipped").get(0).get("reason").asText());
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
}
