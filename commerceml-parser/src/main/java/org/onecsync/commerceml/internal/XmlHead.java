package org.onecsync.commerceml.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onecsync.commerceml.OrderDocumentWriter;

/**
 * What the first bytes of an XML file say about its encoding. Order of trust, as 1C files need it: a
 * byte-order mark, then UTF-16 without one (told by its zero bytes, as XML 1.0 appendix F describes), then the
 * XML declaration; with none of these, the caller decodes strict UTF-8 and falls back to windows-1251 (old
 * exports and order files omit the declaration).
 *
 * @param charset the encoding, or {@code null} when nothing names one
 * @param bomLength how many leading bytes are a byte-order mark
 * @param declared the encoding name as the declaration writes it, or {@code null}
 */
record XmlHead(Charset charset, int bomLength, String declared) {

    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    /**
     * Reads a file's head.
     *
     * @param head the first bytes
     * @param length how many are valid
     * @return what they say
     * @throws IllegalArgumentException if the declaration names an encoding Java does not know
     */
    static XmlHead of(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new XmlHead(StandardCharsets.UTF_8, 3, declaredName(head, 3, length, StandardCharsets.UTF_8));
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new XmlHead(StandardCharsets.UTF_16BE, 2, null);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new XmlHead(StandardCharsets.UTF_16LE, 2, null);
        }
        Charset utf16 = utf16WithoutBom(head, length);
        if (utf16 != null) {
            return new XmlHead(utf16, 0, declaredName(head, 0, length, utf16));
        }
        String declared = declaredName(head, 0, length, StandardCharsets.ISO_8859_1);
        if (declared == null) {
            return new XmlHead(null, 0, null);
        }
        try {
            return new XmlHead(Charset.forName(declared), 0, declared);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("the XML declaration names an unknown encoding '" + declared + "'");
        }
    }

    /**
     * An XML file starts with an ASCII character ({@code <} or white space), and never holds a zero byte in an
     * ASCII-compatible encoding: in UTF-16 one byte of that character is zero. Four zero-padded bytes would be
     * UTF-32, which 1C does not write.
     */
    private static Charset utf16WithoutBom(byte[] head, int length) {
        if (length < 4 || head[2] == 0 && head[3] == 0 || head[0] == 0 && head[1] == 0) {
            return null;
        }
        if (head[0] > 0 && head[1] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return head[0] == 0 && head[1] > 0 ? StandardCharsets.UTF_16BE : null;
    }

    /**
     * Whether the head looks like a CommerceML document: its root element is {@code КоммерческаяИнформация}
     * (with or without a namespace prefix). The root is also looked for in windows-1251 when the head does not
     * name that encoding, so that a windows-1251 file that claims UTF-8 is read, and fails naming its real
     * encoding, instead of being passed over.
     *
     * @param head the first bytes
     * @param length how many are valid
     * @return {@code true} for CommerceML
     */
    static boolean isCommerceMl(byte[] head, int length) {
        XmlHead xml;
        try {
            xml = of(head, length);
        } catch (IllegalArgumentException unknownEncoding) {
            // Recognised all the same, so that reading it says what is wrong with the declaration.
            xml = new XmlHead(null, 0, null);
        }
        Charset charset = xml.charset() != null ? xml.charset() : StandardCharsets.UTF_8;
        String text = new String(head, xml.bomLength(), length - xml.bomLength(), charset);
        if (!text.contains(DocumentReader.ROOT) && isAsciiCompatible(charset)) {
            text = new String(head, xml.bomLength(), length - xml.bomLength(), OrderDocumentWriter.WINDOWS_1251);
        }
        int at = text.indexOf(DocumentReader.ROOT);
        while (at > 0) {
            char before = text.charAt(at - 1);
            if (before == '<' || before == ':') {
                return startsWithMarkup(text);
            }
            at = text.indexOf(DocumentReader.ROOT, at + 1);
        }
        return false;
    }

    /** Whether the head, read in {@code charset}, holds the CommerceML root element. */
    static boolean isCommerceMlIn(byte[] head, int from, Charset charset) {
        return new String(head, from, head.length - from, charset).contains(DocumentReader.ROOT);
    }

    private static boolean isAsciiCompatible(Charset charset) {
        return charset != StandardCharsets.UTF_16LE && charset != StandardCharsets.UTF_16BE
                && !charset.name().startsWith("UTF-16") && !charset.name().startsWith("UTF-32");
    }

    private static boolean startsWithMarkup(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!Character.isWhitespace(ch)) {
                return ch == '<';
            }
        }
        return false;
    }

    private static String declaredName(byte[] head, int from, int length, Charset charset) {
        String text = new String(head, from, length - from, charset);
        if (!text.startsWith("<?xml")) {
            return null;
        }
        int end = text.indexOf("?>");
        Matcher m = ENCODING.matcher(end < 0 ? text : text.substring(0, end));
        return m.find() ? m.group(1) : null;
    }
}
