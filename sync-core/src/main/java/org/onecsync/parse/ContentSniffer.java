package org.onecsync.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Names the content of a file no parser reads, so reports can say why it was skipped: {@code an empty file},
 * {@code only a byte-order mark}, {@code a PNG image}, {@code binary data, not XML},
 * {@code an HTML page, not CommerceML (an HTTP error page?)}, {@code XML but not CommerceML: root <rss>}, …
 */
public final class ContentSniffer {

    private static final Set<String> HTML_ROOTS = Set.of("html", "head", "body");

    private ContentSniffer() {
    }

    /**
     * Describes a file's content from its first bytes.
     *
     * @param head the first bytes
     * @param length how many are valid
     * @return a short description that completes "skipped: …"
     */
    public static String describe(byte[] head, int length) {
        if (length == 0) {
            return "an empty file";
        }
        String magic = magic(head, length);
        if (magic != null) {
            return magic;
        }
        int bom = bomLength(head, length);
        Charset charset = charset(head, length, bom);
        String text = decode(head, bom, length - bom, charset);
        if (text == null || isBinary(text)) {
            return "binary data, not XML";
        }
        String content = text.strip();
        if (content.isEmpty()) {
            return bom > 0 ? "only a byte-order mark" : "only white space";
        }
        if (!content.startsWith("<")) {
            return "a text file in no format onec-sync reads";
        }
        String root = rootElement(content);
        if (content.toLowerCase(Locale.ROOT).startsWith("<!doctype html")
                || root != null && HTML_ROOTS.contains(localName(root).toLowerCase(Locale.ROOT))) {
            return "an HTML page, not CommerceML (an HTTP error page?)";
        }
        if (root == null) {
            return "XML but not CommerceML: no root element in its first " + length + " bytes";
        }
        if (localName(root).equals("КоммерческаяИнформация")) {
            return "CommerceML, but no CommerceML parser is on the class path";
        }
        return "XML but not CommerceML: root <" + root + ">";
    }

    private static String magic(byte[] head, int length) {
        if (startsWith(head, length, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(head, length, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(head, length, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(head, length, 'R', 'I', 'F', 'F') && length >= 12
                && new String(head, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
            return "a WebP image";
        }
        if (startsWith(head, length, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(head, length, 'P', 'K', 3, 4)) {
            return "a zip archive inside the export";
        }
        if (startsWith(head, length, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        if (startsWith(head, length, 'R', 'a', 'r', '!')) {
            return "a RAR archive";
        }
        if (startsWith(head, length, '7', 'z', 0xBC, 0xAF)) {
            return "a 7-Zip archive";
        }
        return null;
    }

    private static int bomLength(byte[] head, int length) {
        if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        return startsWith(head, length, 0xFE, 0xFF) || startsWith(head, length, 0xFF, 0xFE) ? 2 : 0;
    }

    /** The encoding to read the head in: the byte-order mark's, UTF-16 told by zero bytes, else UTF-8. */
    private static Charset charset(byte[] head, int length, int bom) {
        if (bom == 2) {
            return (head[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        }
        if (bom == 0 && length >= 2 && head[0] > 0 && head[1] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (bom == 0 && length >= 2 && head[0] == 0 && head[1] > 0) {
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }

    /**
     * The head as text: strict in its encoding except for a character cut by the head's end; a UTF-8 head that
     * is not UTF-8 is read as windows-1251, which 1C also writes.
     *
     * @return the text, or {@code null} if the bytes are not text in that encoding
     */
    private static String decode(byte[] head, int from, int length, Charset charset) {
        String text = strict(head, from, length, charset);
        if (text == null && charset == StandardCharsets.UTF_8) {
            text = strict(head, from, length, Charset.forName("windows-1251"));
        }
        return text;
    }

    private static String strict(byte[] head, int from, int length, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(length + 1);
        if (decoder.decode(ByteBuffer.wrap(head, from, length), out, false).isError()) {
            return null;
        }
        return out.flip().toString();
    }

    /** Control characters other than tab and line breaks never occur in text, and never at all in XML. */
    private static boolean isBinary(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** The name of the first element after the prolog (declaration, comments, DOCTYPE), or {@code null}. */
    private static String rootElement(String text) {
        int at = 0;
        while (true) {
            at = text.indexOf('<', at);
            if (at < 0 || at + 1 >= text.length()) {
                return null;
            }
            char next = text.charAt(at + 1);
            if (next == '?' || next == '!') {
                String end = text.startsWith("<!--", at) ? "-->" : next == '?' ? "?>" : ">";
                int close = text.indexOf(end, at + 2);
                if (close < 0) {
                    return null;
                }
                at = close + end.length();
                continue;
            }
            int end = at + 1;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>'
                    && text.charAt(end) != '/') {
                end++;
            }
            return end == text.length() || end == at + 1 ? null : text.substring(at + 1, end);
        }
    }

    private static String localName(String name) {
        return name.substring(name.indexOf(':') + 1);
    }

    private static boolean startsWith(byte[] head, int length, int... magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
