package org.onecsync.commerceml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onecsync.commerceml.testing.HostileFiles.CATALOG_TAIL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.commerceml.testing.HostileFiles;
import org.onecsync.parse.ExportReader;
import org.onecsync.parse.ExportSummary;
import org.onecsync.parse.ParseException;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;

/**
 * A 2 MB zip whose one entry holds a 2 GB {@code <Ид>} is read through the real zip source and refused after
 * the first 8 MiB of it, in well under a second.
 */
class HugeZipTest {

    /** The head of a catalog file whose first product's {@code Ид} never ends. */
    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<КоммерческаяИнформация ВерсияСхемы=\"3.1\">\n<Каталог>\n<Товары>\n<Товар>\n<Ид>";
    static final long TWO_GB = 2048L << 20;

    @TempDir
    static Path dir;
    static Path zip;

    @BeforeAll
    static void writeZip() throws IOException {
        zip = dir.resolve("export.zip");
        HostileFiles.zip(zip, "goods/goods.xml", HEAD, (byte) '7', TWO_GB, "</Ид>" + CATALOG_TAIL);
    }

    /** The zip, written once per JVM. */
    static Path zip() {
        return zip;
    }

    @Test
    void theZipIsSmallAndDeclaresTwoGigabytes() throws IOException {
        assertTrue(Files.size(zip) < 3_000_000, "zip of " + Files.size(zip) + " bytes");
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            assertEquals(HEAD.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + TWO_GB
                    + ("</Ид>" + CATALOG_TAIL).getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                    z.getEntry("goods/goods.xml").getSize());
        }
    }

    @Test
    void refusesTheHugeIdAfterItsFirstMegabytes() throws IOException {
        // Aalto counts columns of a UTF-8 file in bytes: <Ид> takes 6.
        long started = System.nanoTime();
        try (ExportSource source = ExportSources.open(zip)) {
            ParseException e = assertThrows(ParseException.class,
                    () -> ExportSummary.read(source, new ExportReader(ParserRegistry.load())));
            assertEquals("goods/goods.xml, line 6, column 7: a text node, tag or comment longer than 8 MiB starts "
                    + "here (the limit on one text node or tag with its attributes, to keep memory bounded)",
                    e.getMessage());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 5_000, "took " + millis + " ms");
    }
}
