package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.commerceml.testing.HostileFiles;

/**
 * {@code import} of files built to break the reader fails with exit code 1 and one line naming the file, line,
 * column and problem (never an internal error, never a raw exception's text), like {@code inspect} does.
 */
class HostileExportImportTest {

    @TempDir
    Path tmp;

    private CliRun importing(Path export) {
        return CliRun.of("import", export.toString(), "--db", tmp.resolve("shop.db").toString());
    }

    private static void assertOneLine(String expected, CliRun run) {
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().strip().endsWith(expected + " (session 1, rolled back)"), run.err());
    }

    @Test
    void refusesAnUndeclaredEntity() throws IOException {
        Path file = tmp.resolve("import.xml");
        Files.writeString(file, HostileFiles.CATALOG_HEAD + "<Наименование>a&nbsp;b</Наименование>"
                + HostileFiles.CATALOG_TAIL);
        assertOneLine("import.xml, line 7, column 27: undeclared entity &nbsp; (XML itself knows only &amp; &lt; "
                + "&gt; &quot; &apos; and numeric references such as &#160;): the file is malformed", importing(file));
    }

    @Test
    void refusesATwoGigabyteIdInsideASmallZip() throws IOException {
        Path zip = tmp.resolve("export.zip");
        HostileFiles.zip(zip, "goods/goods.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<КоммерческаяИнформация ВерсияСхемы=\"3.1\">\n<Каталог>\n<Товары>\n<Товар>\n<Ид>", (byte) '7',
                2048L << 20, "</Ид>" + HostileFiles.CATALOG_TAIL);
        assertOneLine("goods/goods.xml, line 6, column 7: a text node, tag or comment longer than 8 MiB starts here "
                + "(the limit on one text node or tag with its attributes, to keep memory bounded)", importing(zip));
    }

    @Test
    void refusesGroupsNested2000Deep() throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<КоммерческаяИнформация><Классификатор><Группы>");
        xml.append("<Группа><Ид>g</Ид><Группы>".repeat(2000)).append("</Группы></Группа>".repeat(2000));
        Path file = tmp.resolve("groups.xml");
        Files.writeString(file, xml.append("</Группы></Классификатор></КоммерческаяИнформация>"));
        CliRun run = importing(file);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("groups.xml, line 2, column "), run.err());
        assertTrue(run.err().strip().endsWith(": elements nested deeper than 256 levels (the limit on nesting, to "
                + "keep memory bounded) (session 1, rolled back)"), run.err());
    }

    @Test
    void refusesAWindows1251FileThatDeclaresUtf8() throws IOException {
        Path file = tmp.resolve("import.xml");
        Files.write(file, (HostileFiles.CATALOG_HEAD + HostileFiles.CATALOG_TAIL)
                .getBytes(Charset.forName("windows-1251")));
        assertOneLine("import.xml, line 2, column 2: the bytes here (0xCA 0xEE) are not UTF-8, the encoding the file "
                + "declares: it looks like windows-1251; fix its XML declaration to encoding=\"windows-1251\" or "
                + "export it again as UTF-8", importing(file));
    }
}
