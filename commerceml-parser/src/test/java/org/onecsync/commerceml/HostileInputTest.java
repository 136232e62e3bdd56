package org.onecsync.commerceml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.onecsync.commerceml.testing.HostileFiles.CATALOG_HEAD;
import static org.onecsync.commerceml.testing.HostileFiles.CATALOG_TAIL;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecsync.commerceml.testing.HostileFiles;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.Category;
import org.onecsync.model.Product;
import org.onecsync.parse.ParseException;

/**
 * Files built to exhaust memory or the stack fail with a located {@link ParseException} after reading about
 * the limit, never with an {@link OutOfMemoryError} or a {@link StackOverflowError}. Inputs are generated while
 * read; {@link SmallHeapTest} runs the worst of them under {@code -Xmx128m}.
 */
class HostileInputTest {

    private static final String LIMIT = "longer than 8 MiB starts here (the limit on one text node or tag with its "
            + "attributes, to keep memory bounded)";

    private static List<CatalogRecord> parse(CommerceMlParser parser, InputStream in) throws IOException {
        List<CatalogRecord> records = new ArrayList<>();
        parser.parse("import.xml", in, (record, line) -> records.add(record));
        return records;
    }

    private static ParseException refused(InputStream in) {
        return assertThrows(ParseException.class, () -> parse(new CommerceMlParser(), in));
    }

    @Test
    void refusesAFiftyMegabyteProductNameAtItsStart() {
        ParseException e = refused(HostileFiles.stream(CATALOG_HEAD + "<Наименование>", (byte) 'a', 50_000_000,
                "</Наименование>" + CATALOG_TAIL));
        // Aalto counts columns of a UTF-8 file in bytes: <Наименование> takes 26.
        assertEquals("import.xml, line 7, column 27: a text node, tag or comment " + LIMIT, e.getMessage());
    }

    @Test
    void refusesAFiftyMegabyteAttributeAtItsTag() {
        ParseException e = refused(HostileFiles.stream(CATALOG_HEAD + "<Наименование Код=\"", (byte) '7',
                50_000_000, "\">x</Наименование>" + CATALOG_TAIL));
        assertEquals("import.xml, line 7, column 1: a text node, tag or comment " + LIMIT, e.getMessage());
    }

    @Test
    void refusesAHugeElementEvenWhenItIsSkipped() {
        ParseException e = refused(HostileFiles.stream(CATALOG_HEAD + "<Описание>", (byte) ' ', 50_000_000,
                "</Описание>" + CATALOG_TAIL));
        assertEquals("import.xml, line 7, column 19: a text node, tag or comment " + LIMIT, e.getMessage());
    }

    @Test
    void refusesAHugeCommentAndAHugeCdataSection() {
        assertEquals("import.xml, line 7, column 1: a text node, tag or comment " + LIMIT,
                refused(HostileFiles.stream(CATALOG_HEAD + "<!--", (byte) '<', 20_000_000, "-->" + CATALOG_TAIL))
                        .getMessage());
        assertEquals("import.xml, line 7, column 27: a text node, tag or comment " + LIMIT,
                refused(HostileFiles.stream(CATALOG_HEAD + "<Наименование><![CDATA[", (byte) '<', 20_000_000,
                        "]]></Наименование>" + CATALOG_TAIL)).getMessage());
    }

    @Test
    void refusesATextSplitByCommentsOnceItsPiecesAddUpBeyondTheLimit() {
        CommerceMlParser parser = new CommerceMlParser(new XmlLimits(1000, 256));
        String name = ("a".repeat(99) + "<!-- -->").repeat(11);
        ParseException e = assertThrows(ParseException.class, () -> parse(parser, utf8(CATALOG_HEAD
                + "<Наименование>" + name + "</Наименование>" + CATALOG_TAIL)));
        assertEquals("the text of <Наименование> is longer than 1,000 characters (the limit on one text node, to "
                + "keep memory bounded)", e.problem());
    }

    @Test
    void acceptsATextAtTheLimitAndRefusesOneWellBeyondIt() throws IOException {
        CommerceMlParser parser = new CommerceMlParser(new XmlLimits(100_000, 256));
        List<CatalogRecord> records = parse(parser, HostileFiles.stream(CATALOG_HEAD + "<Наименование>",
                (byte) 'a', 100_000, "</Наименование>" + CATALOG_TAIL));
        assertEquals(100_000, ((Product) records.get(0)).name().length());
        ParseException e = assertThrows(ParseException.class, () -> parse(parser, HostileFiles.stream(
                CATALOG_HEAD + "<Наименование>", (byte) 'a', 100_000 + 128 * 1024, "</Наименование>" + CATALOG_TAIL)));
        assertEquals("a text node, tag or comment longer than 100,000 bytes starts here (the limit on one text node "
                + "or tag with its attributes, to keep memory bounded)", e.problem());
    }

    @Test
    void countsCharactersInAFileTheParserDoesNotDecodeItself() {
        byte[] head = (CATALOG_HEAD.replace("UTF-8", "windows-1251") + "<Наименование>")
                .getBytes(Charset.forName("windows-1251"));
        // 0xE0 is a Cyrillic "а" in windows-1251.
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(head),
                HostileFiles.stream("", (byte) 0xE0, 50_000_000, ""));
        ParseException e = refused(in);
        assertEquals("import.xml, line 7, column 15: a text node, tag or comment " + LIMIT, e.getMessage());
    }

    @Test
    void refusesGroupsNested2000DeepWithoutOverflowingTheStack() {
        ParseException e = refused(utf8(nestedGroups(2000)));
        assertEquals("elements nested deeper than 256 levels (the limit on nesting, to keep memory bounded)",
                e.problem());
        assertEquals(2, e.line());
    }

    @Test
    void readsGroupsNested2000DeepWhenTheLimitAllowsIt() throws IOException {
        List<CatalogRecord> records = parse(new CommerceMlParser(new XmlLimits(XmlLimits.DEFAULT_MAX_TEXT_SIZE, 5000)),
                utf8(nestedGroups(2000)));
        assertEquals(2000, records.size());
        assertEquals(new Category("g0", null, "G0", false), records.get(0));
        assertEquals(new Category("g1999", "g1998", "G1999", false), records.get(1999));
    }

    @Test
    void refusesAnUndeclaredEntityInTextAsMalformedXml() {
        ParseException e = refused(utf8(CATALOG_HEAD + "<Наименование>a&nbsp;b</Наименование>" + CATALOG_TAIL));
        // Aalto locates an entity reference at the start of the text it is in.
        assertEquals("import.xml, line 7, column 27: undeclared entity &nbsp; (XML itself knows only &amp; &lt; "
                + "&gt; &quot; &apos; and numeric references such as &#160;): the file is malformed", e.getMessage());
    }

    @Test
    void refusesAnUndeclaredEntityInAnElementItSkips() {
        ParseException e = refused(utf8(CATALOG_HEAD + "<Описание>a&nbsp;b</Описание>" + CATALOG_TAIL));
        assertEquals(7, e.line());
        assertEquals(true, e.problem().startsWith("undeclared entity &nbsp; "), e.problem());
    }

    @Test
    void refusesAnUndeclaredEntityInAnAttribute() {
        ParseException e = refused(utf8(CATALOG_HEAD + "<Наименование Код=\"&nbsp;\">a</Наименование>" + CATALOG_TAIL));
        assertEquals(7, e.line());
        assertEquals("undeclared entity &nbsp; in an attribute value (XML itself knows only &amp; &lt; &gt; &quot; "
                + "&apos; and numeric references such as &#160;): the file is malformed", e.problem());
    }

    @Test
    void readsXmlsOwnEntitiesAndNumericReferences() throws IOException {
        List<CatalogRecord> records = parse(new CommerceMlParser(), utf8(CATALOG_HEAD
                + "<Наименование>A&amp;B&#160;&lt;1&gt; &quot;x&quot; &apos;y&apos;</Наименование>" + CATALOG_TAIL));
        assertEquals("A&B\u00A0<1> \"x\" 'y'", ((Product) records.get(0)).name());
    }

    private static String nestedGroups(int depth) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<КоммерческаяИнформация><Классификатор><Группы>");
        for (int i = 0; i < depth; i++) {
            xml.append("<Группа><Ид>g").append(i).append("</Ид><Наименование>G").append(i)
                    .append("</Наименование><Группы>");
        }
        xml.append("</Группы></Группа>".repeat(depth));
        return xml.append("</Группы></Классификатор></КоммерческаяИнформация>").toString();
    }

    private static InputStream utf8(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
