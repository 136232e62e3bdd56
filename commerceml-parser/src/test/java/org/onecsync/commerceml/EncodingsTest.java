package org.onecsync.commerceml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.model.CatalogRecord;
import org.onecsync.parse.ExportReader;
import org.onecsync.parse.FileOutcome;
import org.onecsync.parse.ParseException;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;

/**
 * Files whose bytes disagree with their encoding fail naming the line, the column and what is wrong; UTF-16
 * without a byte-order mark is read (XML 1.0 appendix F tells it by its zero bytes).
 */
class EncodingsTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final String CATALOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<КоммерческаяИнформация ВерсияСхемы=\"2.05\">\n<Каталог>\n<Товары>\n<Товар>\n<Ид>p1</Ид>\n"
            + "<Наименование>Стол обеденный</Наименование>\n</Товар>\n</Товары>\n</Каталог>\n"
            + "</КоммерческаяИнформация>\n";

    @TempDir
    Path dir;

    /** Reads one file the way an import does: recognised by its head, then parsed. */
    private List<CatalogRecord> read(byte[] bytes) throws IOException {
        Path file = dir.resolve("import.xml");
        Files.write(file, bytes);
        List<CatalogRecord> records = new ArrayList<>();
        try (ExportSource source = ExportSources.open(file)) {
            FileOutcome outcome = new ExportReader(ParserRegistry.load())
                    .read(source.files().get(0), (record, line) -> records.add(record));
            assertEquals("commerceml", outcome.format(), outcome.skipReason());
        }
        return records;
    }

    private ParseException refused(byte[] bytes) {
        return assertThrows(ParseException.class, () -> read(bytes));
    }

    @Test
    void refusesAWindows1251FileThatDeclaresUtf8NamingItsRealEncoding() {
        ParseException e = refused(CATALOG.getBytes(CP1251));
        assertEquals("import.xml, line 2, column 2: the bytes here (0xCA 0xEE) are not UTF-8, the encoding the file "
                + "declares: it looks like windows-1251; fix its XML declaration to encoding=\"windows-1251\" or "
                + "export it again as UTF-8", e.getMessage());
    }

    @Test
    void refusesAWindows1251WordLaterInAUtf8File() {
        String padding = "<Описание>" + "x".repeat(2000) + "</Описание>\n";
        byte[] utf8 = CATALOG.replace("<Наименование>", padding + "<Наименование>").getBytes(StandardCharsets.UTF_8);
        byte[] name = "Стол".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(utf8, name);
        byte[] mixed = concat(Arrays.copyOf(utf8, at), "Стол".getBytes(CP1251),
                Arrays.copyOfRange(utf8, at + name.length, utf8.length));
        ParseException e = refused(mixed);
        assertEquals(8, e.line());
        assertTrue(e.problem().startsWith("the bytes here are not UTF-8, the encoding the file declares (Invalid "
                + "UTF-8 "), e.problem());
    }

    @Test
    void refusesAByteTheDeclaredSingleByteEncodingLacks() {
        // 0x98 is the one byte windows-1251 leaves undefined.
        byte[] bytes = CATALOG.replace("UTF-8", "windows-1251").getBytes(CP1251);
        int at = indexOf(bytes, "обеденный".getBytes(CP1251));
        bytes[at] = (byte) 0x98;
        ParseException e = refused(bytes);
        assertEquals("import.xml, line 7, column 20: the bytes here (0x98) are not windows-1251, the encoding the "
                + "file declares", e.getMessage());
    }

    @Test
    void refusesAnUndeclaredFileThatMixesUtf8AndAnotherEncoding() {
        String xml = CATALOG.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "");
        byte[] utf8 = xml.getBytes(StandardCharsets.UTF_8);
        int at = indexOf(utf8, "Стол".getBytes(StandardCharsets.UTF_8));
        byte[] mixed = concat(Arrays.copyOf(utf8, at), "Стол".getBytes(CP1251),
                Arrays.copyOfRange(utf8, at + "Стол".getBytes(StandardCharsets.UTF_8).length, utf8.length));
        ParseException e = refused(mixed);
        assertEquals("import.xml, line 6, column 15: the bytes here (0xD1 0xF2) are not UTF-8, although the file "
                + "names no encoding and UTF-8 came before: add an XML declaration that names its real encoding",
                e.getMessage());
    }

    @Test
    void refusesAnEncodingJavaDoesNotKnow() {
        ParseException e = refused(CATALOG.replace("UTF-8", "x-klingon").getBytes(StandardCharsets.UTF_8));
        assertEquals("import.xml, line 1: the XML declaration names an unknown encoding 'x-klingon'", e.getMessage());
    }

    @Test
    void readsUtf16WithoutAByteOrderMarkInEitherByteOrder() throws IOException {
        List<CatalogRecord> expected = read(CATALOG.getBytes(StandardCharsets.UTF_8));
        String utf16 = CATALOG.replace("UTF-8", "UTF-16");
        assertEquals(expected, read(utf16.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(expected, read(utf16.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(expected, read(CATALOG.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "")
                .getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void refusesUtf16CutInsideACharacter() {
        byte[] utf16 = CATALOG.replace("UTF-8", "UTF-16").getBytes(StandardCharsets.UTF_16LE);
        ParseException e = refused(Arrays.copyOf(utf16, utf16.length - 1));
        assertEquals("import.xml, line 11, column 26: the file ends inside a UTF-16LE character (0x0A): it is "
                + "truncated or not UTF-16LE", e.getMessage());
    }

    @Test
    void readsTheSameRecordsFromEveryEncoding1cWrites() throws IOException {
        List<CatalogRecord> expected = read(CATALOG.getBytes(StandardCharsets.UTF_8));
        assertEquals(expected, read(("\uFEFF" + CATALOG).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, read(CATALOG.replace("UTF-8", "windows-1251").getBytes(CP1251)));
        assertEquals(expected, read(("\uFEFF" + CATALOG.replace("UTF-8", "UTF-16")).getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(expected, new ArrayList<>(parseDirectly(CATALOG.getBytes(StandardCharsets.UTF_8))));
    }

    private static List<CatalogRecord> parseDirectly(byte[] bytes) throws IOException {
        List<CatalogRecord> records = new ArrayList<>();
        new CommerceMlParser().parse("import.xml", new ByteArrayInputStream(bytes), (r, line) -> records.add(r));
        return records;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
