package org.onecsync.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportSourcesTest {

    @TempDir
    Path tmp;

    @Test
    void listsFolderFilesSortedWithSlashPaths() throws IOException {
        Path export = Files.createDirectory(tmp.resolve("export"));
        Files.createDirectories(export.resolve("goods/images"));
        Files.createDirectory(export.resolve("empty"));
        Files.writeString(export.resolve("offers.xml"), "<offers/>");
        Files.writeString(export.resolve("goods/import.xml"), "<import/>");
        Files.writeString(export.resolve("goods/images/1.jpg"), "jpeg");
        Files.writeString(export.resolve(".DS_Store"), "x");

        try (ExportSource source = ExportSources.open(export)) {
            assertEquals(List.of(".DS_Store", "goods/images/1.jpg", "goods/import.xml", "offers.xml"),
                    paths(source));
            assertEquals("folder " + export.toAbsolutePath(), source.description());
            ExportFile importXml = source.files().get(2);
            assertEquals(9, importXml.size());
            assertEquals("<import/>", read(importXml));
        }
    }

    @Test
    void listsEmptyFolderAsNoFiles() throws IOException {
        try (ExportSource source = ExportSources.open(tmp)) {
            assertEquals(List.of(), source.files());
        }
    }

    @Test
    void skipsSymlinksThatLeadOutsideTheFolder() throws IOException {
        Path export = Files.createDirectory(tmp.resolve("export"));
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "secret");
        Path inside = Files.writeString(export.resolve("import.xml"), "<import/>");
        Files.createDirectory(export.resolve("dir"));
        assumeTrue(trySymlink(export.resolve("escape.txt"), secret), "symbolic links unsupported here");
        trySymlink(export.resolve("alias.xml"), inside);
        trySymlink(export.resolve("dirlink"), export.resolve("dir"));
        trySymlink(export.resolve("dangling"), tmp.resolve("gone"));

        try (ExportSource source = ExportSources.open(export)) {
            assertEquals(List.of("alias.xml", "import.xml"), paths(source));
            assertEquals("<import/>", read(source.files().get(0)));
        }
    }

    @Test
    void detectsZipByContentNotExtension() throws IOException {
        Path zipNamedDat = TestZips.write(tmp, "export.dat",
                TestZips.zip(Map.of("import.xml", "<import/>")));
        Path xmlNamedZip = TestZips.write(tmp, "export.zip", "<import/>".getBytes(UTF_8));

        try (ExportSource zip = ExportSources.open(zipNamedDat);
                ExportSource notZip = ExportSources.open(xmlNamedZip)) {
            assertEquals("zip " + zipNamedDat.toAbsolutePath(), zip.description());
            assertEquals(List.of("import.xml"), paths(zip));
            assertEquals("file " + xmlNamedZip.toAbsolutePath(), notZip.description());
            assertEquals(List.of("export.zip"), paths(notZip));
        }
    }

    @Test
    void treatsOtherFileAsSingleFileSource() throws IOException {
        Path file = Files.writeString(tmp.resolve("import.xml"), "<КоммерческаяИнформация/>");

        try (ExportSource source = ExportSources.open(file)) {
            assertEquals("file " + file.toAbsolutePath(), source.description());
            assertEquals(1, source.files().size());
            ExportFile only = source.files().get(0);
            assertEquals("import.xml", only.path());
            assertEquals(47, only.size());
            assertEquals("<КоммерческаяИнформация/>", read(only));
        }
    }

    @Test
    void treatsFilesShorterThanZipMagicAsSingleFiles() throws IOException {
        Path empty = Files.createFile(tmp.resolve("empty.zip"));
        Path pk = TestZips.write(tmp, "pk.zip", new byte[] {'P', 'K', 3});

        try (ExportSource emptySource = ExportSources.open(empty);
                ExportSource pkSource = ExportSources.open(pk)) {
            assertEquals(List.of("empty.zip"), paths(emptySource));
            assertEquals(0, emptySource.files().get(0).size());
            assertEquals(List.of("pk.zip"), paths(pkSource));
        }
    }

    @Test
    void opensEachFileStreamFromTheStart() throws IOException {
        Path file = Files.writeString(tmp.resolve("a.csv"), "abc");

        try (ExportSource source = ExportSources.open(file)) {
            ExportFile only = source.files().get(0);
            try (InputStream first = only.open(); InputStream second = only.open()) {
                assertEquals('a', first.read());
                assertArrayEquals("abc".getBytes(UTF_8), second.readAllBytes());
            }
        }
    }

    @Test
    void failsForMissingPath() {
        Path missing = tmp.resolve("nope/export.zip");

        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> ExportSources.open(missing));

        assertEquals(missing.toString(), e.getFile());
    }

    static List<String> paths(ExportSource source) {
        return source.files().stream().map(ExportFile::path).toList();
    }

    static String read(ExportFile file) throws IOException {
        try (InputStream in = file.open()) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }

    private static boolean trySymlink(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (UnsupportedOperationException | FileSystemException e) {
            return false;
        }
    }
}
