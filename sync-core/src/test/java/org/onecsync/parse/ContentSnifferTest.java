package org.onecsync.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Every kind of file that is not an exchange file gets a reason a person understands. */
class ContentSnifferTest {

    private static String describe(byte[] head) {
        return ContentSniffer.describe(head, head.length);
    }

    private static String describe(String text) {
        return describe(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void namesAnEmptyFile() {
        assertEquals("an empty file", ContentSniffer.describe(new byte[0], 0));
    }

    @Test
    void namesAFileThatHoldsOnlyAByteOrderMark() {
        assertEquals("only a byte-order mark", describe(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        assertEquals("only a byte-order mark", describe(new byte[] {(byte) 0xFF, (byte) 0xFE}));
        assertEquals("only a byte-order mark", describe("\uFEFF\r\n"));
    }

    @Test
    void namesAFileOfWhiteSpace() {
        assertEquals("only white space", describe(" \r\n\t\n"));
    }

    @Test
    void namesImagesDocumentsAndArchivesByTheirMagicBytes() {
        assertEquals("a JPEG image", describe(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}));
        assertEquals("a PNG image", describe(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}));
        assertEquals("a GIF image", describe("GIF89a"));
        assertEquals("a WebP image", describe("RIFF\0\0\0\0WEBPVP8 "));
        assertEquals("a PDF document", describe("%PDF-1.7"));
        assertEquals("a zip archive inside the export", describe(new byte[] {'P', 'K', 3, 4, 20, 0}));
        assertEquals("a gzip archive", describe(new byte[] {0x1F, (byte) 0x8B, 8, 0}));
    }

    @Test
    void namesRandomBytesBinaryData() {
        byte[] random = new byte[4096];
        new SplittableRandom(8).nextBytes(random);
        assertEquals("binary data, not XML", describe(random));
    }

    @Test
    void namesAnHttpErrorPage() {
        assertEquals("an HTML page, not CommerceML (an HTTP error page?)",
                describe("<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head></html>"));
        assertEquals("an HTML page, not CommerceML (an HTTP error page?)",
                describe("<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>nginx</body></html>"));
        assertEquals("an HTML page, not CommerceML (an HTTP error page?)",
                describe("<?xml version=\"1.0\"?>\n<!-- error -->\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"));
    }

    @Test
    void namesTheRootOfXmlInAnotherFormat() {
        assertEquals("XML but not CommerceML: root <rss>", describe("\uFEFF<?xml version=\"1.0\"?><rss/>"));
        assertEquals("XML but not CommerceML: root <soap:Envelope>",
                describe("<?xml version=\"1.0\"?>\n<!-- x -->\n<soap:Envelope xmlns:soap=\"s\">"));
        assertEquals("XML but not CommerceML: root <Документ>", describe("<Документ>".getBytes(
                Charset.forName("windows-1251"))));
        assertEquals("XML but not CommerceML: root <foo>", describe("<foo>".getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void namesXmlWhoseRootComesAfterTheHead() {
        assertEquals("XML but not CommerceML: no root element in its first 23 bytes", describe("<!-- a long comment"
                + " …"));
    }

    @Test
    void namesPlainText() {
        assertEquals("a text file in no format onec-sync reads", describe("id;name\n1;Стол\n"));
    }

    @Test
    void saysWhenTheCommerceMlParserIsMissing() {
        assertEquals("CommerceML, but no CommerceML parser is on the class path",
                describe("<?xml version=\"1.0\"?><КоммерческаяИнформация ВерсияСхемы=\"3.1\">"));
    }
}
