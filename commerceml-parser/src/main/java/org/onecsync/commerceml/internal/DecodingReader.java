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
import java.util.Locale;
import org.onecsync.commerceml.OrderDocumentWriter;

/**
 * Decodes a file strictly, for every encoding but declared UTF-8 (which the parser decodes itself). A byte that
 * is not valid in the encoding fails with {@link Malformed}, naming its line and column: the reader counts the
 * lines of what it delivers, and fails only once every character before the byte has been delivered.
 *
 * <p>A file that names no encoding is read as strict UTF-8 while the bytes are valid UTF-8, switching for good
 * to windows-1251 at the first invalid sequence if nothing but ASCII came before it. Old 1C exports and order
 * files are windows-1251 without a declaration; their first Cyrillic byte is almost never valid UTF-8, and
 * everything before it is ASCII, which both encodings read alike. Streaming: it never holds more than one
 * buffer.
 */
final class DecodingReader extends Reader {

    /** Bytes that are not valid in the file's encoding; the message says which and why. */
    static final class Malformed extends CharacterCodingException {

        private final String problem;
        private final long line;
        private final long column;

        Malformed(String problem, long line, long column) {
            this.problem = problem;
            this.line = line;
            this.column = column;
        }

        @Override
        public String getMessage() {
            return problem;
        }

        long line() {
            return line;
        }

        long column() {
            return column;
        }
    }

    private final InputStream in;
    private final boolean undeclared;
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private CharsetDecoder decoder;
    private boolean sawNonAscii;
    private boolean eof;
    private Malformed pending;
    private long line = 1;
    /** Characters delivered on the current line. */
    private long column;
    private boolean afterCr;

    private DecodingReader(InputStream in, Charset charset, boolean undeclared) {
        this.in = in;
        this.undeclared = undeclared;
        this.decoder = strict(charset);
        bytes.flip();
    }

    /** A reader of a file in a known encoding. */
    static DecodingReader of(InputStream in, Charset charset) {
        return new DecodingReader(in, charset, false);
    }

    /** A reader of a file that names no encoding: UTF-8, or windows-1251 if it is not UTF-8. */
    static DecodingReader utf8OrWindows1251(InputStream in) {
        return new DecodingReader(in, StandardCharsets.UTF_8, true);
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buf, off, len);
        while (out.position() == off) {
            if (!bytes.hasRemaining() || bytes.remaining() < 4 && !eof) {
                fill();
            }
            int before = out.position();
            CoderResult result = decoder.decode(bytes, out, eof);
            count(buf, before, out.position());
            if (!sawNonAscii) {
                sawNonAscii = anyNonAscii(buf, off, out.position());
            }
            if (result.isError()) {
                if (undeclared && !sawNonAscii && decoder.charset() == StandardCharsets.UTF_8) {
                    decoder = strict(OrderDocumentWriter.WINDOWS_1251);
                    continue;
                }
                Malformed malformed = new Malformed(describe(result.length()), line, column + 1);
                if (out.position() > off) {
                    pending = malformed;
                    return out.position() - off;
                }
                throw malformed;
            }
            if (eof && !bytes.hasRemaining()) {
                decoder.flush(out);
                return out.position() == off ? -1 : out.position() - off;
            }
        }
        return out.position() - off;
    }

    private String describe(int length) {
        StringBuilder shown = new StringBuilder();
        // A broken UTF-8 sequence reads better with the byte that broke it.
        int shownLength = decoder.charset() == StandardCharsets.UTF_8 ? Math.max(length, 2) : length;
        for (int i = 0; i < shownLength && i < 4 && i < bytes.remaining(); i++) {
            shown.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X",
                    bytes.get(bytes.position() + i) & 0xFF));
        }
        String encoding = decoder.charset().name();
        if (eof && bytes.remaining() == length && length < 4) {
            return "the file ends inside a " + encoding + " character (" + shown + "): it is truncated or not "
                    + encoding;
        }
        if (undeclared) {
            return decoder.charset() == StandardCharsets.UTF_8
                    ? "the bytes here (" + shown + ") are not UTF-8, although the file names no encoding and "
                            + "UTF-8 came before: add an XML declaration that names its real encoding"
                    : "the bytes here (" + shown + ") are not windows-1251, the encoding the file, naming none, "
                            + "appears to use: add an XML declaration that names its real encoding";
        }
        return "the bytes here (" + shown + ") are not " + encoding + ", the encoding the file declares";
    }

    private void count(char[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = buf[i];
            if (c == '\n' || c == '\r') {
                if (c == '\r' || !afterCr) {
                    line++;
                }
                column = 0;
                afterCr = c == '\r';
            } else {
                column++;
                afterCr = false;
            }
        }
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
