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
 * twice over.
 */
final class FullScope {

    private static final String WORD = "СодержитТолькоИзменения";
    private static final byte[][] MARKERS = {WORD.getBytes(StandardCharsets.UTF_8),
        WORD.getBytes(Charset.forName("windows-1251"))};

    private FullScope() {
    }

    /** Whether the file says, anywhere, that the records after it are the complete set. */
    static boolean announced(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return announced(in);
        }
    }

    /** Whether the bytes say, anywhere, that the records after them are the complete set. */
    static boolean announced(InputStream in) throws IOException {
        int overlap = MARKERS[0].length + 40;
        byte[] buffer = new byte[(1 << 16) + overlap];
        int carry = 0;
        while (true) {
            int n = in.readNBytes(buffer, carry, buffer.length - carry);
            int end = carry + n;
            for (byte[] marker : MARKERS) {
                for (int i = 0; i + marker.length <= end; i++) {
                    if (matches(buffer, i, marker) && valueIsFalse(buffer, i + marker.length, end)) {
                        return true;
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

    private static boolean matches(byte[] buffer, int at, byte[] marker) {
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
