package org.onecsync.csv.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.onecsync.parse.ParseException;

/**
 * Finds a feed's encoding by the order of trust of {@code docs/feeds.md}: a BOM, then strict UTF-8 over the
 * first block, then windows-1251 (which decodes almost any byte, so it comes last). It also refuses binary
 * content up front, because windows-1251 would otherwise turn junk into plausible-looking text.
 */
final class EncodingDetector {

    /** How much of the file is looked at; enough for a header and many rows, small enough to hold. */
    static final int BLOCK = 64 * 1024;

    /** Control characters (other than tab, CR, LF, FF) tolerated per block before the file is called binary. */
    private static final int MAX_CONTROL_CHARS = 8;

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private EncodingDetector() {
    }

    /**
     * Detects the encoding and consumes the BOM, if any.
     *
     * @param in the feed, positioned at its start; must support mark
     * @param configured the profile's encoding, or {@code null} to detect
     * @param fileName for the error message
     * @return the encoding to decode the rest of {@code in} with
     */
    static Charset detect(BufferedInputStream in, Charset configured, String fileName) throws IOException {
        in.mark(BLOCK);
        byte[] block = in.readNBytes(BLOCK);
        in.reset();
        checkNotBinary(block, fileName);
        boolean bom = startsWith(block, UTF8_BOM);
        if (bom) {
            // A BOM is dropped even when the profile names UTF-8: it is not part of the first header name.
            in.skipNBytes(UTF8_BOM.length);
        }
        if (configured != null) {
            return configured;
        }
        if (bom || isStrictUtf8(block, block.length < BLOCK)) {
            return StandardCharsets.UTF_8;
        }
        return WINDOWS_1251;
    }

    private static void checkNotBinary(byte[] block, String fileName) throws ParseException {
        int controls = 0;
        for (int i = 0; i < block.length; i++) {
            int b = block[i] & 0xFF;
            if (b == 0 || (b < 0x20 && b != '\t' && b != '\r' && b != '\n' && b != '\f') || b == 0x7F) {
                // NUL never occurs in text in the encodings a feed uses (UTF-16 feeds are not accepted).
                if (b == 0 || ++controls > MAX_CONTROL_CHARS) {
                    // No line: binary data has no lines worth naming, the byte's offset finds the spot.
                    throw new ParseException(fileName, -1, -1, String.format(
                            "not a CSV file: binary data (byte 0x%02X at offset %d)", b, i), null);
                }
            }
        }
    }

    /** Decodes strictly; a multi-byte sequence cut by the block's end is not an error unless the file ends there. */
    private static boolean isStrictUtf8(byte[] block, boolean wholeFile) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(block);
        CharBuffer chars = CharBuffer.allocate(block.length);
        CoderResult result = decoder.decode(bytes, chars, wholeFile);
        if (result.isError()) {
            return false;
        }
        return !wholeFile || !decoder.flush(chars).isError() && !bytes.hasRemaining();
    }

    private static boolean startsWith(byte[] block, byte[] prefix) {
        if (block.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (block[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
