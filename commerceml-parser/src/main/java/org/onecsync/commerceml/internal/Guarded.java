package org.onecsync.commerceml.internal;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * A byte stream or a reader that charges everything it delivers to an {@link InputBudget}, so a refusal
 * happens while the parser fills its buffer, before it can hold an oversized construct whole.
 */
final class Guarded {

    private Guarded() {
    }

    /** UTF-8 bytes, for the parser's own fast UTF-8 decoding. */
    static final class Bytes extends FilterInputStream {

        private final InputBudget budget;

        Bytes(InputStream in, InputBudget budget) {
            super(in);
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                budget.charge(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Skipped bytes count too, so skip by reading.
            byte[] buffer = new byte[(int) Math.min(n, 8192)];
            long skipped = 0;
            while (skipped < n) {
                int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (read < 0) {
                    break;
                }
                skipped += read;
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() {
            // The stream belongs to the caller of the parser.
        }
    }

    /** Decoded characters, for every encoding but UTF-8. */
    static final class Chars extends FilterReader {

        private final InputBudget budget;

        Chars(Reader in, InputBudget budget) {
            super(in);
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] c, int off, int len) throws IOException {
            int n = in.read(c, off, len);
            if (n > 0) {
                budget.charge(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            char[] buffer = new char[(int) Math.min(n, 8192)];
            long skipped = 0;
            while (skipped < n) {
                int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (read < 0) {
                    break;
                }
                skipped += read;
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() {
            // The stream under the decoder belongs to the caller of the parser.
        }
    }
}
