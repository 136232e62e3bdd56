package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.generate.FeedFormat;
import org.onecsync.generate.FeedGenerator;
import org.onecsync.generate.FeedOptions;

class GenerateCommandTest {

    @TempDir
    Path temp;

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void generatesExportAndPrintsSummary() throws IOException {
        Path dir = temp.resolve("export");

        CliRun run = CliRun.of("generate", "--products", "50", "--out", dir.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("Generated 50 products, 94 offers (65 variants), 486 prices, 188 stock rows, 20 counterparties"
                + " in 14 files (1.3 MB) under " + dir + System.lineSeparator(), run.out());
        assertEquals("", run.err());
        assertEquals(List.of("contragents", "goods", "groups", "offers", "priceLists", "prices", "propertiesGoods",
                "propertiesOffers", "rests", "storages", "units"), names(dir));
    }

    @Test
    void sameSeedWritesSameBytes() throws IOException {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");

        assertEquals(ExitCodes.OK, CliRun.of("generate", "--products", "7", "--seed", "99", "--out", first.toString())
                .exitCode());
        assertEquals(ExitCodes.OK, CliRun.of("generate", "--products", "7", "--seed", "99", "--out", second.toString())
                .exitCode());

        Path goods = first.resolve("goods");
        String page = names(goods).get(0);
        assertArrayEquals(Files.readAllBytes(goods.resolve(page)), Files.readAllBytes(second.resolve("goods/" + page)));
    }

    @Test
    void seedChangesTheExport() throws IOException {
        Path one = temp.resolve("one");
        Path two = temp.resolve("two");

        CliRun.of("generate", "--products", "3", "--out", one.toString());
        CliRun.of("generate", "--products", "3", "--seed", "2", "--out", two.toString());

        assertFalse(names(one.resolve("goods")).equals(names(two.resolve("goods"))));
    }

    @Test
    void refusesNonEmptyOutputFolder() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("busy"));
        Files.writeString(dir.resolve("notes.txt"), "keep me");

        CliRun run = CliRun.of("generate", "--products", "5", "--out", dir.toString());

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals("error: " + dir + " is not empty; choose an empty folder, or pass --force to replace the export"
                + " folders in it (units, storages, priceLists, groups, propertiesGoods, propertiesOffers, goods,"
                + " offers, prices, rests, contragents)" + System.lineSeparator(), run.err());
        assertEquals("", run.out());
        assertEquals(List.of("notes.txt"), names(dir));
    }

    @Test
    void forceReplacesOnlyTheExportFolders() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("busy"));
        Files.writeString(dir.resolve("notes.txt"), "keep me");
        Files.createDirectories(dir.resolve("mine"));
        Files.writeString(dir.resolve("mine/data.xml"), "<mine/>");
        Files.createDirectories(dir.resolve("goods/import_files/ab"));
        Files.writeString(dir.resolve("goods/goods_1_9_stale.xml"), "stale");
        Files.writeString(dir.resolve("goods/import_files/ab/old.jpg"), "jpeg");

        CliRun run = CliRun.of("generate", "--products", "5", "--out", dir.toString(), "--force");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("keep me", Files.readString(dir.resolve("notes.txt")));
        assertEquals("<mine/>", Files.readString(dir.resolve("mine/data.xml")));
        List<String> goods = names(dir.resolve("goods"));
        assertEquals(1, goods.size());
        assertTrue(goods.get(0).matches("goods_1_1_[0-9a-f-]{36}\\.xml"), goods.get(0));
    }

    @Test
    void writesIntoAnEmptyExistingFolder() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("empty"));

        CliRun run = CliRun.of("generate", "--products", "1", "--out", dir.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Generated 1 products, "), run.out());
    }

    @Test
    void refusesAFileAsOutputFolder() throws IOException {
        Path file = Files.writeString(temp.resolve("file.txt"), "x");

        CliRun run = CliRun.of("generate", "--products", "1", "--out", file.toString());

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals("error: " + file + " is not a folder" + System.lineSeparator(), run.err());
    }

    @Test
    void rejectsFewerThanOneProduct() {
        CliRun run = CliRun.of("generate", "--products", "0", "--out", temp.resolve("x").toString());

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("error: --products must be at least 1, not 0"), run.err());
        assertFalse(Files.exists(temp.resolve("x")));
    }

    @Test
    void requiresTheOutputFolder() {
        CliRun run = CliRun.of("generate", "--products", "3");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("error: missing required option: '--out=DIR'"), run.err());
    }

    @Test
    void formatsSizesInBinaryUnits() {
        assertEquals("512 B", GenerateCommand.size(512));
        assertEquals("1.5 KB", GenerateCommand.size(1536));
        assertEquals("1.0 MB", GenerateCommand.size(1_095_905));
        assertEquals("1.7 GB", GenerateCommand.size(1_871_507_845L));
    }

    @Test
    void writesFullPackagesWhenAsked() throws IOException {
        Path dir = temp.resolve("full");
        CliRun run = CliRun.of("generate", "--products", "3", "--out", dir.toString(), "--full");
        assertEquals(0, run.exitCode(), run.err());
        String goods;
        try (Stream<Path> files = Files.list(dir.resolve("goods"))) {
            goods = Files.readString(files.filter(p -> p.toString().endsWith(".xml")).findFirst().orElseThrow());
        }
        assertTrue(goods.contains("<Каталог СодержитТолькоИзменения=\"false\">"), goods.substring(0, 400));
    }

    @Test
    void changesPricesInALaterRevision() throws IOException {
        Path first = temp.resolve("r0");
        Path second = temp.resolve("r1");
        assertEquals(0, CliRun.of("generate", "--products", "30", "--out", first.toString()).exitCode());
        assertEquals(0, CliRun.of("generate", "--products", "30", "--out", second.toString(), "--revision", "1")
                .exitCode());
        assertEquals(names(first.resolve("prices")), names(second.resolve("prices")));
        String before = Files.readString(first.resolve("prices").resolve(names(first.resolve("prices")).get(0)));
        String after = Files.readString(second.resolve("prices").resolve(names(second.resolve("prices")).get(0)));
        assertFalse(before.equals(after), "revision 1 should change some prices");
    }

    @Test
    void refusesANegativeRevision() {
        CliRun run = CliRun.of("generate", "--products", "1", "--out", temp.resolve("x").toString(), "--revision", "-1");
        assertEquals(2, run.exitCode());
    }

    @Test
    void writesACsvFeedWhenAsked() throws IOException {
        Path dir = temp.resolve("csv");

        CliRun run = CliRun.of("generate", "--format", "csv", "--products", "20", "--seed", "3", "--out",
                dir.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertEquals(List.of("feed.csv"), names(dir));
        byte[] bytes = Files.readAllBytes(dir.resolve("feed.csv"));
        assertEquals("Generated 20 products in feed.csv (" + GenerateCommand.size(bytes.length) + ") under " + dir
                + System.lineSeparator(), run.out());
        String text = new String(bytes, Charset.forName("windows-1251"));
        assertTrue(text.startsWith("Артикул;Наименование;Описание;Цена;"), text.substring(0, 80));
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        new FeedGenerator(new FeedOptions(FeedFormat.CSV, 20, 3)).write(expected);
        assertArrayEquals(expected.toByteArray(), bytes);
    }

    @Test
    void writesAJsonFeedWhenAsked() throws IOException {
        Path dir = temp.resolve("json");

        CliRun run = CliRun.of("generate", "--format", "json", "--products", "20", "--out", dir.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(List.of("feed.json"), names(dir));
        byte[] bytes = Files.readAllBytes(dir.resolve("feed.json"));
        assertEquals("Generated 20 products in feed.json (" + GenerateCommand.size(bytes.length) + ") under " + dir
                + System.lineSeparator(), run.out());
        assertEquals((byte) 0xEF, bytes[0]);
        assertTrue(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).startsWith("{\"products\":[{\"sku\":"));
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        new FeedGenerator(new FeedOptions(FeedFormat.JSON, 20, 1)).write(expected);
        assertArrayEquals(expected.toByteArray(), bytes);
    }

    @Test
    void refusesCommercemlOnlyOptionsForAFeed() {
        for (String[] extra : List.of(new String[] {"--full"}, new String[] {"--revision", "1"})) {
            Path dir = temp.resolve("refused");
            String[] args = Stream.concat(Stream.of("generate", "--format", "csv", "--products", "3", "--out",
                    dir.toString()), Stream.of(extra)).toArray(String[]::new);

            CliRun run = CliRun.of(args);

            assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
            assertTrue(run.err().startsWith("error: " + extra[0] + " applies to --format commerceml only, not to "
                    + "--format csv"), run.err());
            assertFalse(Files.exists(dir));
        }
    }

    @Test
    void refusesAnUnknownFormat() {
        CliRun run = CliRun.of("generate", "--format", "xml", "--products", "3", "--out", temp.resolve("x").toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("(choose one of commerceml, csv, json)"), run.err());
    }

    @Test
    void forceReplacesOnlyTheFeedFile() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("busy-feed"));
        Files.writeString(dir.resolve("notes.txt"), "keep me");
        Files.writeString(dir.resolve("feed.json"), "old");

        CliRun refused = CliRun.of("generate", "--format", "json", "--products", "2", "--out", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, refused.exitCode());
        assertTrue(refused.err().contains("pass --force to replace the file feed.json in it"), refused.err());

        CliRun run = CliRun.of("generate", "--format", "json", "--products", "2", "--out", dir.toString(), "--force");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(List.of("feed.json", "notes.txt"), names(dir));
        assertEquals("keep me", Files.readString(dir.resolve("notes.txt")));
    }
}
