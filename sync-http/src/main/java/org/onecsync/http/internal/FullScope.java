package org.onecsync.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells whether a CommerceML file announces a full package ({@code СодержитТолькоИзменения} false), by scanning
 * its bytes for the word in UTF-8 and in windows-1251 and reading the value after it. A byte scan, not a parse:
 * {@code deactivate} only needs to know whether the exchange was complete, and it must not read a big catalog
 * twice over. The scan ends at the first product or offer ({@code <Товар}, {@code <Предложение}, which also begin
 * {@code <Товары>} and {@code <Предложения>}): the flag belongs to the package element and comes before its records,
 * so the bulk of a partial package (gigabytes in a big exchange) is never read.
 */
final class FullScope {

    private static final String WORD = "СодержитТолькоИзменения";
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final byte[][] MARKERS = {WORD.getBytes(StandardCharsets.UTF_8), WORD.getBytes(CP1251)};
    private static final byte[][] RECORDS = {"<Товар".getBytes(StandardCharsets.UTF_8), "<Товар".getBytes(CP1251),
        "<Предложение".getBytes(StandardCharsets.UTF_8), "<Предложение".getBytes(CP1251)};

    private FullScope() {
    }

    /** Whether the file says, before its first product or offer, that the records after it are complete. */
    static boolean announced(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return announced(in);
        }
    }

    /** Whether the bytes say, before their first product or offer, that the records after them are complete. */
    static boolean announced(InputStream in) throws IOException {
        int overlap = MARKERS[0].length + 40;
        byte[] buffer = new byte[(1 << 16) + overlap];
        int carry = 0;
        while (true) {
            int n = in.readNBytes(buffer, carry, buffer.length - carry);
            int end = carry + n;
            for (int i = 0; i < end; i++) {
                if (buffer[i] != '<' && buffer[i] != MARKERS[0][0] && buffer[i] != MARKERS[1][0]) {
                    continue;
                }
                for (byte[] marker : MARKERS) {
                    if (matches(buffer, i, end, marker) && valueIsFalse(buffer, i + marker.length, end)) {
                        return true;
                    }
                }
                for (byte[] record : RECORDS) {
                    if (matches(buffer, i, end, record)) {
                        return false;
                    }
                }
            }
            if (n < buffer.length - carry) {
                return false;
            }
            // Carry the tail over so that a marker split between two reads is still found.
            carry = Math.min(overlap, end);
            System.arraycopy(buffer, end - carry, buffer, 0, carry);
        }
    }

    private static boolean matches(byte[] buffer, int at, int end, byte[] marker) {
        if (at + marker.length > end) {
            return false;
        }
        for (int i = 0; i < marker.length; i++) {
            if (buffer[at + i] != marker[i]) {
                return false;
            }
        }
        return true;
    }

    /** After the word: {@code ="false"} (attribute) or {@code >false<} (element); a closing tag is skipped. */
    private static boolean valueIsFalse(byte[] buffer, int from, int end) {
        int i = from;
        while (i < end && (buffer[i] == '=' || buffer[i] == '"' || buffer[i] == '\'' || buffer[i] == '>'
                || buffer[i] == ' ' || buffer[i] == '\t' || buffer[i] == '\r' || buffer[i] == '\n')) {
            i++;
        }
        return i + 5 <= end && buffer[i] == 'f' && buffer[i + 1] == 'a' && buffer[i + 2] == 'l'
                && buffer[i + 3] == 's' && buffer[i + 4] == 'e';
    }
}
