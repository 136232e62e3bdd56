package org.onecsync.sync.internal;

import org.onecsync.model.RecordKey;

/**
 * The keys of one entity an import has applied, with how each was first counted: 9 bytes per slot in an
 * open-addressing table (about 20 bytes per key), so a million keys take about 20 MB. It serves duplicate
 * collapse across batches and the missing policy.
 */
final class SeenKeys {

    private static final int MIN_CAPACITY = 1 << 10;

    private long[] hashes = new long[MIN_CAPACITY];
    private byte[] marks = new byte[MIN_CAPACITY];
    private boolean zeroSeen;
    private byte zeroMark;
    private int size;

    /**
     * @param key a key
     * @return how it was first counted ({@link Outcome#mark()}), or 0 when not seen
     */
    byte get(RecordKey key) {
        long h = KeyHash.of(key);
        if (h == 0) {
            return zeroSeen ? zeroMark : 0;
        }
        int i = slot(hashes, h);
        return hashes[i] == h ? marks[i] : 0;
    }

    /**
     * Records a key with how it is counted; replaces the mark of a key already seen.
     *
     * @param key a key
     * @param mark a non-zero mark
     */
    void put(RecordKey key, byte mark) {
        long h = KeyHash.of(key);
        if (h == 0) {
            if (!zeroSeen) {
                size++;
            }
            zeroSeen = true;
            zeroMark = mark;
            return;
        }
        int i = slot(hashes, h);
        if (hashes[i] != h) {
            hashes[i] = h;
            size++;
        }
        marks[i] = mark;
        if (size * 4L > hashes.length * 3L) {
            grow();
        }
    }

    boolean contains(RecordKey key) {
        return get(key) != 0;
    }

    private void grow() {
        long[] oldHashes = hashes;
        byte[] oldMarks = marks;
        hashes = new long[oldHashes.length * 2];
        marks = new byte[oldMarks.length * 2];
        for (int j = 0; j < oldHashes.length; j++) {
            if (oldHashes[j] != 0) {
                int i = slot(hashes, oldHashes[j]);
                hashes[i] = oldHashes[j];
                marks[i] = oldMarks[j];
            }
        }
    }

    private static int slot(long[] table, long h) {
        int mask = table.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (table[i] != 0 && table[i] != h) {
            i = (i + 1) & mask;
        }
        return i;
    }
}
