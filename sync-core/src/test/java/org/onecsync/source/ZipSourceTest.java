package org.onecsync.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onecsync.source.ExportSourcesTest.paths;
import static org.onecsync.source.ExportSourcesTest.read;
import static org.onecsync.source.TestZips.entries;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onecsync.SyncException;

class ZipSourceTest {

    private static final ZipLimits SMALL = new ZipLimits(1000, 1000, 10);

    @TempDir
    Path tmp;

    @Test
    void listsZipFilesSortedKeepingTopFolderAndSkippingFolderEntries() throws IOException {
        Path zip = zipFile(entries(
                "export/", "",
                "export/offers.xml", "<offers/>",
                "export/goods/", "",
                "export/goods/import.xml", "<import/>",
                "export/goods/images/1.jpg", "jpeg"));

        try (ExportSource source = ExportSources.open(zip)) {
            assertEquals(List.of("export/goods/images/1.jpg", "export/goods/import.xml", "export/offers.xml"),
                    paths(source));
            assertEquals("zip " + zip.toAbsolutePath(), source.description());
            ExportFile importXml = source.files().get(1);
            assertEquals(9, importXml.size());
            assertEquals("<import/>", read(importXml));
        }
    }

    @Test
    void stripsLeadingDotSlashAndTurnsBackslashesIntoSlashes() throws IOException {
        Path zip = zipFile(entries("./import.xml", "a", "././offers.xml", "b", "goods\\prices.xml", "c"));

        try (ExportSource source = ExportSources.open(zip)) {
            assertEquals(List.of("goods/prices.xml", "import.xml", "offers.xml"), paths(source));
        }
    }

    @Test
    void keepsNamesThatOnlyContainDots() throws IOException {
        Path zip = zipFile(entries("a..b.xml", "a", "..hidden", "b", "dir/.../c.xml", "c"));

        try (ExportSource source = ExportSources.open(zip)) {
            assertEquals(List.of("..hidden", "a..b.xml", "dir/.../c.xml"), paths(source));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.xml", "export/../../evil.xml", "..", "export/..", "..\\evil.xml",
        "export\\..\\..\\evil.xml", "./../evil.xml"})
    void rejectsZipEntryWithParentTraversal(String name) throws IOException {
        Path zip = zipFile(entries("import.xml", "ok", name, "evil"));

        SyncException e = assertThrows(SyncException.class, () -> ExportSources.open(zip));

        assertEquals("zip " + zip.toAbsolutePath() + ": refusing entry '" + name
                + "' because it climbs out of the zip with '..'", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "\\evil.xml", "C:\\evil.xml", "C:/evil.xml", "c:evil.xml"})
    void rejectsAbsoluteZipEntry(String name) throws IOException {
        Path zip = zipFile(entries(name, "evil"));

        SyncException e = assertThrows(SyncException.class, () -> ExportSources.open(zip));

        assertEquals("zip " + zip.toAbsolutePath() + ": refusing entry '" + name
                + "' because it is an absolute path", e.getMessage());
    }

    @Test
    void rejectsZipEntryWithNulCharacter() throws IOException {
        Path zip = zipFile(entries("import.xml\0.jpg", "evil"));

        SyncException e = assertThrows(SyncException.class, () -> ExportSources.open(zip));

        assertEquals("zip " + zip.toAbsolutePath() + ": refusing entry 'import.xml\\0.jpg'"
                + " because it contains a NUL character", e.getMessage());
    }

    @Test
    void rejectsTwoEntriesWithTheSamePath() throws IOException {
        Path zip = zipFile(entries("import.xml", "checked", "./import.xml", "shadow"));

        SyncException e = assertThrows(SyncException.class, () -> ExportSources.open(zip));

        assertEquals("zip " + zip.toAbsolutePath() + " holds the entry import.xml twice, refusing it",
                e.getMessage());
    }

    @Test
    void rejectsZipWithMoreEntriesThanLimit() throws IOException {
        Path zip = zipFile(entries("goods/", "", "goods/import.xml", "a", "offers.xml", "b"));

        SyncException e = assertThrows(SyncException.class,
                () -> ExportSources.open(zip, new ZipLimits(1000, 1000, 2)));
        try (ExportSource atLimit = ExportSources.open(zip, new ZipLimits(1000, 1000, 3))) {
            assertEquals(List.of("goods/import.xml", "offers.xml"), paths(atLimit));
        }

        assertEquals("zip " + zip.toAbsolutePath() + " has 3 entries, more than the limit of 2", e.getMessage());
    }

    @Test
    void rejectsEntryWhoseDeclaredSizeExceedsLimit() throws IOException {
        Path zip = zipFile(entries("import.xml", "\0".repeat(10_240)));

        SyncException e = assertThrows(SyncException.class, () -> ExportSources.open(zip, SMALL));

        assertEquals("zip " + zip.toAbsolutePath() + ": entry import.xml declares 10240 bytes,"
                + " more than the limit of 1000", e.getMessage());
    }

    @Test
    void rejectsZipWhoseDeclaredTotalExceedsLimit() throws IOException {
        Path zip = zipFile(entries("import.xml", "\0".repeat(600), "offers.xml", "\0".repeat(600)));

        SyncException e = assertThrows(SyncException.class, () -> ExportSources.open(zip, SMALL));

        assertEquals("zip " + zip.toAbsolutePath() + " declares at least 1200 bytes in total,"
                + " more than the limit of 1000", e.getMessage());
    }

    @Test
    void refusesEntryThatExpandsBeyondLimit() throws IOException {
        byte[] honest = TestZips.zip(entries("bomb.xml", "\0".repeat(10_240)));
        Path zip = TestZips.write(tmp, "bomb.zip", TestZips.declareSizes(honest, 100));

        try (ExportSource source = ExportSources.open(zip, SMALL)) {
            ExportFile bomb = source.files().get(0);
            assertEquals(100, bomb.size());
            try (InputStream in = bomb.open()) {
                IOException e = assertThrows(IOException.class, in::readAllBytes);
                assertEquals("zip entry bomb.xml expands beyond 1000 bytes, refusing it", e.getMessage());
            }
        }
    }

    @Test
    void readsEntryOfExactlyTheLimit() throws IOException {
        Path zip = zipFile(entries("import.xml", "x".repeat(1000)));

        try (ExportSource source = ExportSources.open(zip, SMALL)) {
            assertEquals("x".repeat(1000), read(source.files().get(0)));
        }
    }

    @Test
    void refusesReadingBeyondTotalLimitAcrossEntries() throws IOException {
        byte[] honest = TestZips.zip(entries("a.xml", "\0".repeat(800), "b.xml", "\0".repeat(800)));
        Path zip = TestZips.write(tmp, "bombs.zip", TestZips.declareSizes(honest, 10));

        try (ExportSource source = ExportSources.open(zip, SMALL)) {
            assertEquals(800, read(source.files().get(0)).length());
            try (InputStream in = source.files().get(1).open()) {
                IOException e = assertThrows(IOException.class, in::readAllBytes);
                assertEquals("zip " + zip.toAbsolutePath() + " expands beyond 1000 bytes in total, refusing it",
                        e.getMessage());
            }
        }
    }

    @Test
    void readsEntryNamesStoredInDosCyrillicCodePage() throws IOException {
        byte[] bytes = TestZips.zip(entries("Выгрузка/import.xml", "<import/>"), Charset.forName("IBM866"));
        Path zip = TestZips.write(tmp, "export.zip", bytes);

        try (ExportSource source = ExportSources.open(zip)) {
            assertEquals(List.of("Выгрузка/import.xml"), paths(source));
            assertEquals("<import/>", read(source.files().get(0)));
        }
    }

    @Test
    void failsToOpenEntryAfterClose() throws IOException {
        Path zip = zipFile(entries("import.xml", "<import/>"));
        ExportSource source = ExportSources.open(zip);
        ExportFile file = source.files().get(0);

        source.close();
        IOException e = assertThrows(IOException.class, file::open);

        assertEquals("zip " + zip.toAbsolutePath() + " is closed, cannot read import.xml", e.getMessage());
    }

    @Test
    void failsClearlyForCorruptZip() throws IOException {
        Path zip = TestZips.write(tmp, "broken.zip", new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6});

        IOException e = assertThrows(IOException.class, () -> ExportSources.open(zip));

        assertTrue(e.getMessage().startsWith("cannot read zip " + zip.toAbsolutePath() + ": "), e.getMessage());
    }

    private Path zipFile(Map<String, String> entries) throws IOException {
        return Files.write(tmp.resolve("export.zip"), TestZips.zip(entries));
    }
}
