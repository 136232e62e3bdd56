package org.onecsync.commerceml.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the first bytes of an XML file say about its encoding. Order of trust, as 1C files need it: a
 * byte-order mark, then the XML declaration; with neither, the caller decodes strict UTF-8 and falls back to
 * windows-1251 (old exports and order files omit the declaration).
 *
 * @param charset the encoding, or {@code null} when neither a BOM nor a declaration names one
 * @param bomLength how many leading bytes are a byte-order mark
 * @param declared the encoding name as the declaration writes it, or {@code null}
 */
public record XmlHead(Charset charset, int bomLength, String declared) {

    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final String ROOT = "КоммерческаяИнформация";

    /**
     * Reads a file's head.
     *
     * @param head the first bytes
     * @param length how many are valid
     * @return what they say
     * @throws IllegalArgumentException if the declaration names an encoding Java does not know
     */
    public static XmlHead of(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new XmlHead(StandardCharsets.UTF_8, 3, declaredName(head, 3, length));
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new XmlHead(StandardCharsets.UTF_16BE, 2, null);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new XmlHead(StandardCharsets.UTF_16LE, 2, null);
        }
        String declared = declaredName(head, 0, length);
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
     * Whether the head looks like a CommerceML document: its root element is {@code КоммерческаяИнформация}
     * (with or without a namespace prefix).
     *
     * @param head the first bytes
     * @param length how many are valid
     * @return {@code true} for CommerceML
     */
    public static boolean isCommerceMl(byte[] head, int length) {
        XmlHead xml;
        try {
            xml = of(head, length);
        } catch (IllegalArgumentException e) {
            return false;
        }
        Charset charset = xml.charset() != null ? xml.charset() : StandardCharsets.UTF_8;
        String text = new String(head, xml.bomLength(), length - xml.bomLength(), charset);
        if (xml.charset() == null && !text.contains(ROOT)) {
            text = new String(head, 0, length, Charset.forName("windows-1251"));
        }
        int at = text.indexOf(ROOT);
        while (at > 0) {
            char before = text.charAt(at - 1);
            if (before == '<' || before == ':') {
                return startsWithMarkup(text);
            }
            at = text.indexOf(ROOT, at + 1);
        }
        return false;
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

    private static String declaredName(byte[] head, int from, int length) {
        if (length - from < 5 || head[from] != '<' || head[from + 1] != '?' || head[from + 2] != 'x'
                || head[from + 3] != 'm' || head[from + 4] != 'l') {
            return null;
        }
        int end = from;
        while (end + 1 < length && !(head[end] == '?' && head[end + 1] == '>')) {
            end++;
        }
        Matcher m = ENCODING.matcher(new String(head, from, end - from, StandardCharsets.ISO_8859_1));
        return m.find() ? m.group(1) : null;
    }
}
