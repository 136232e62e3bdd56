package org.onecsync.csv.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the characters read since the current record started and fails once they pass a limit, so that a
 * runaway quote or a file with no line breaks cannot make opencsv (or {@code BufferedReader.readLine}) gather
 * the rest of the file into one string. The count is taken below the reader's buffer, so it is approximate
 * by one buffer (8 KiB), which is negligible against the limit.
 */
final class RecordSizeGuard extends FilterReader {

    private final long limit;
    private long count;

    RecordSizeGuard(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** Starts counting a new record. */
    void startRecord() {
        count = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            add(1);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    private void add(int n) throws TooLong {
        count += n;
        if (count > limit) {
            throw new TooLong(limit);
        }
    }

    /** A record, or a line, longer than the limit. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong(long limit) {
            super("longer than " + limit + " characters");
        }
    }
}
