package org.onecsync.csv.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the characters read since the current record started and, past a limit, ends the input, so that a
 * runaway quote or a file with no line breaks cannot make opencsv (or {@code BufferedReader.readLine}) gather
 * the rest of the file into one string. It ends the input rather than throwing because opencsv's
 * {@code CSVReader.isClosed()} takes most {@code IOException}s for "closed" and would silently truncate the
 * file; the reader checks {@link #tripped()} after every record instead. For the same reason it remembers a
 * read failure of the stream underneath ({@link #failure()}), which {@code isClosed()} would otherwise hide. The count is taken below the
 * reader's buffer, so it is approximate by one buffer (8 KiB), negligible against the limit.
 */
final class RecordSizeGuard extends FilterReader {

    private final long limit;
    private long count;
    private boolean tripped;
    private IOException failure;

    RecordSizeGuard(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** Starts counting a new record. */
    void startRecord() {
        count = 0;
    }

    /** {@return whether the limit was passed; the input has then ended for good} */
    boolean tripped() {
        return tripped;
    }

    /** {@return the stream's read failure, or {@code null}} */
    IOException failure() {
        return failure;
    }

    @Override
    public int read() throws IOException {
        if (tripped) {
            return -1;
        }
        int c;
        try {
            c = super.read();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
        if (c >= 0) {
            add(1);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (tripped) {
            return -1;
        }
        int n;
        try {
            n = super.read(buf, off, len);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
        if (n > 0) {
            add(n);
        }
        return n;
    }

    private void add(int n) {
        count += n;
        if (count > limit) {
            tripped = true;
        }
    }
}
