package org.onecsync.source.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the bytes really inflated from a zip entry and fails once they pass a limit.
 *
 * <p>The sizes a zip declares are written by whoever made it, so a zip bomb can declare a kilobyte and
 * inflate to terabytes; only counting what comes out is trustworthy.
 */
final class LimitedInputStream extends FilterInputStream {

    private final String entry;
    private final long maxEntrySize;
    private final AtomicLong sourceTotal;
    private final long maxTotalSize;
    private final String zip;
    private long count;

    /**
     * @param in the entry's inflated bytes
     * @param entry the entry's name, for the message
     * @param maxEntrySize the most bytes this entry may give
     * @param sourceTotal the bytes given so far by all entries of the zip, shared between its streams
     * @param maxTotalSize the most bytes all entries of the zip may give
     * @param zip the zip's description, for the message
     */
    LimitedInputStream(InputStream in, String entry, long maxEntrySize, AtomicLong sourceTotal,
            long maxTotalSize, String zip) {
        super(in);
        this.entry = entry;
        this.maxEntrySize = maxEntrySize;
        this.sourceTotal = sourceTotal;
        this.maxTotalSize = maxTotalSize;
        this.zip = zip;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipping still inflates, so it counts like reading.
        long skipped = in.skip(n);
        if (skipped > 0) {
            counted(skipped);
        }
        return skipped;
    }

    // mark/reset would let a caller re-read bytes without counting them twice, but also complicate the
    // count; InflaterInputStream does not support it anyway.
    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    private void counted(long n) throws IOException {
        count += n;
        if (count > maxEntrySize) {
            throw new IOException("zip entry " + entry + " expands beyond " + maxEntrySize
                    + " bytes, refusing it");
        }
        if (sourceTotal.addAndGet(n) > maxTotalSize) {
            throw new IOException(zip + " expands beyond " + maxTotalSize + " bytes in total, refusing it");
        }
    }
}
