package org.onecsync.commerceml.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a file that names no encoding: strict UTF-8 while the bytes are valid UTF-8, switching for good to
 * windows-1251 at the first invalid sequence if nothing but ASCII came before it. Old 1C exports and order files
 * are windows-1251 without a declaration; their first Cyrillic byte is almost never valid UTF-8, and everything
 * before it is ASCII, which both encodings read alike. Streaming: it never holds more than one buffer.
 */
final class Utf8OrWindows1251Reader extends Reader {

    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
    private boolean sawNonAscii;
    private boolean eof;
    private long consumed;

    Utf8OrWindows1251Reader(InputStream in) {
        this.in = in;
        bytes.flip();
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The encoding in use now. */
    String encoding() {
        return decoder.charset().name();
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buf, off, len);
        while (out.position() == off) {
            if (!bytes.hasRemaining() || bytes.remaining() < 4 && !eof) {
                fill();
            }
            int before = bytes.position();
            CoderResult result = decoder.decode(bytes, out, eof);
            consumed += bytes.position() - before;
            if (!sawNonAscii) {
                sawNonAscii = anyNonAscii(buf, off, out.position());
            }
            if (result.isError()) {
                if (sawNonAscii || decoder.charset() != StandardCharsets.UTF_8) {
                    throw new CharacterCodingException() {
                        @Override
                        public String getMessage() {
                            return "invalid " + encoding() + " byte sequence at byte " + consumed;
                        }
                    };
                }
                decoder = strict(Charset.forName("windows-1251"));
                continue;
            }
            if (eof && !bytes.hasRemaining()) {
                decoder.flush(out);
                return out.position() == off ? -1 : out.position() - off;
            }
        }
        return out.position() - off;
    }

    private static boolean anyNonAscii(char[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] > 0x7F) {
                return true;
            }
        }
        return false;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
