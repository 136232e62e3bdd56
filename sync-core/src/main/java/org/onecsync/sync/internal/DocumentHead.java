package org.onecsync.sync.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * What the first bytes of a file tell before it is parsed: whether it is a CommerceML document, its role rank
 * (0 reference data, 1 products, 2 offers, prices and stock) and the root's {@code ДатаФормирования}. The
 * markers are looked for as UTF-8 and as windows-1251 bytes, the two encodings 1C writes.
 *
 * @param commerceMl whether the head holds the root {@code КоммерческаяИнформация}
 * @param rank the role rank
 * @param formedAt the document's date, or {@code null} when it has none or it is not a date
 * @param formedText the date as written, or {@code null} when there is none
 */
record DocumentHead(boolean commerceMl, int rank, LocalDateTime formedAt, String formedText) {

    /** How many leading bytes are looked at. */
    static final int SIZE = 16 * 1024;

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Charset[] ENCODINGS = {StandardCharsets.UTF_8, WINDOWS_1251};
    private static final int FEED_RANK = 3;
    private static final String ROOT = "<КоммерческаяИнформация";
    private static final String FORMED = "ДатаФормирования";
    private static final int MAX_DATE_LENGTH = 64;

    /**
     * @param head a file's first bytes
     * @return what they tell
     */
    static DocumentHead of(byte[] head) {
        int rank = find(head, "<Предложения", 0, head.length) != null ? 2
                : find(head, "<Товары", 0, head.length) != null ? 1 : 0;
        Found root = find(head, ROOT, 0, head.length);
        if (root == null) {
            // Not CommerceML: a feed, or a file no parser reads. After every CommerceML file, so a feed's prices
            // win over the export it came with.
            return new DocumentHead(false, FEED_RANK, null, null);
        }
        int tagEnd = indexOf(head, (byte) '>', root.end());
        Found formed = find(head, FORMED, root.end(), tagEnd < 0 ? head.length : tagEnd, root.charset());
        String text = formed == null ? null
                : attributeValue(head, formed.end(), tagEnd < 0 ? head.length : tagEnd, root.charset());
        return new DocumentHead(true, rank, parse(text), text);
    }

    /** For a message: why a document that has a date attribute still counts as undated; empty otherwise. */
    String unreadableDate() {
        return formedText != null && formedAt == null ? " (" + FORMED + "=\"" + formedText + "\")" : "";
    }

    private static LocalDateTime parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException notLocal) {
            try {
                return OffsetDateTime.parse(text).toLocalDateTime();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDate.parse(text).atStartOfDay();
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }

    /** The value of {@code ="…"} or {@code ='…'} from {@code from}, which follows the attribute's name. */
    private static String attributeValue(byte[] head, int from, int to, Charset charset) {
        int i = skipSpaces(head, from, to);
        if (i >= to || head[i] != '=') {
            return null;
        }
        i = skipSpaces(head, i + 1, to);
        if (i >= to || (head[i] != '"' && head[i] != '\'')) {
            return null;
        }
        byte quote = head[i];
        int close = indexOf(head, quote, i + 1);
        if (close < 0 || close > to || close - i - 1 > MAX_DATE_LENGTH) {
            return null;
        }
        return new String(head, i + 1, close - i - 1, charset).strip();
    }

    private static int skipSpaces(byte[] head, int from, int to) {
        int i = from;
        while (i < to && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        return i;
    }

    private static int indexOf(byte[] head, byte b, int from) {
        for (int i = from; i < head.length; i++) {
            if (head[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static Found find(byte[] head, String text, int from, int to) {
        for (Charset charset : ENCODINGS) {
            Found found = find(head, text, from, to, charset);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Found find(byte[] head, String text, int from, int to, Charset charset) {
        byte[] marker = text.getBytes(charset);
        outer:
        for (int i = from; i + marker.length <= to; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (head[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return new Found(i + marker.length, charset);
        }
        return null;
    }

    /** Where a marker ends, and the encoding it was found in. */
    private record Found(int end, Charset charset) {
    }
}
