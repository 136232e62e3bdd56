package org.onecsync.json.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A body made on the fly: a head, a byte repeated {@code count} times, a tail. Nothing the size of the body
 * is ever allocated, so a test can feed 100 MB and also tell how much of it the reader consumed. Public for the
 * tests of the parser SPI in {@code org.onecsync.json}.
 */
public final class GeneratedBody extends InputStream {

    private final byte[] head;
    private final byte fill;
    private final long count;
    private final byte[] tail;
    private long position;

    public GeneratedBody(String head, char fill, long count, String tail) {
        this.head = head.getBytes(StandardCharsets.UTF_8);
        this.fill = (byte) fill;
        this.count = count;
        this.tail = tail.getBytes(StandardCharsets.UTF_8);
    }

    /** {@return how many bytes the reader has taken so far} */
    public long consumed() {
        return position;
    }

    private long length() {
        return head.length + count + tail.length;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (position >= length()) {
            return -1;
        }
        int n = 0;
        while (n < len && position < length()) {
            long p = position;
            if (p < head.length) {
                b[off + n] = head[(int) p];
            } else if (p < head.length + count) {
                b[off + n] = fill;
            } else {
                b[off + n] = tail[(int) (p - head.length - count)];
            }
            position++;
            n++;
        }
        return n;
    }
}
