package org.onecsync.sync.internal;

import org.onecsync.model.RecordKey;

/**
 * The keys of one entity that matter to an import, by {@link KeyHash}, in one open-addressing table: for each,
 * how the import first counted it (0 when it has not applied it), and, once the entity's stored rows were
 * read in one scan, the stored {@link StateHash}. About 17 bytes a slot: a million keys take about 25 MB.
 * It serves duplicate collapse, the missing policy, reference checks and unchanged records without look-ups.
 */
final class KeyTable {

    private static final int MIN_CAPACITY = 1 << 10;

    private long[] keys = new long[MIN_CAPACITY];
    private byte[] marks = new byte[MIN_CAPACITY];
    private long[] states;
    private boolean zeroPresent;
    private byte zeroMark;
    private long zeroState;
    private int size;

    /** @return how the key was first counted ({@link Outcome#mark()}), or 0 when this import has not applied it */
    byte mark(long h) {
        if (h == 0) {
            return zeroPresent ? zeroMark : 0;
        }
        int i = slot(keys, h);
        return keys[i] == h ? marks[i] : 0;
    }

    byte mark(RecordKey key) {
        return mark(KeyHash.of(key));
    }

    /** Whether this import applied the key. */
    boolean applied(RecordKey key) {
        return mark(key) != 0;
    }

    /** Whether the key is known to be stored or applied: applied, confirmed, or read by the scan. */
    boolean present(RecordKey key) {
        long h = KeyHash.of(key);
        if (h == 0) {
            return zeroPresent;
        }
        return keys[slot(keys, h)] == h;
    }

    /** Records how the key is counted; replaces the mark of a key already there. */
    void mark(long h, byte mark) {
        int i = insert(h);
        if (i < 0) {
            zeroMark = mark;
        } else {
            marks[i] = mark;
        }
    }

    /** Adds a key known to be stored, without a mark. */
    void confirm(RecordKey key) {
        insert(KeyHash.of(key));
    }

    /** Whether stored states were read in ({@link #state}). */
    boolean hasStates() {
        return states != null;
    }

    /** Makes room for states, and for about {@code expected} keys. */
    void expectStates(long expected) {
        while (keys.length < Math.min(1L << 29, expected * 2)) {
            grow();
        }
        if (states == null) {
            states = new long[keys.length];
        }
    }

    /** Records a key's stored (or newly written) state. */
    void state(long h, long state) {
        int i = insert(h);
        if (i < 0) {
            zeroState = state;
        } else {
            states[i] = state;
        }
    }

    /** Whether the key's state, as last read or written, is exactly this one. */
    boolean holds(long h, long state) {
        if (states == null) {
            return false;
        }
        if (h == 0) {
            return zeroPresent && zeroState == state;
        }
        int i = slot(keys, h);
        return keys[i] == h && states[i] == state && state != 0;
    }

    /** @return the slot of the key, added if absent; -1 for the zero hash, kept aside */
    private int insert(long h) {
        if (h == 0) {
            zeroPresent = true;
            return -1;
        }
        int i = slot(keys, h);
        if (keys[i] != h) {
            keys[i] = h;
            size++;
            if (size * 4L > keys.length * 3L) {
                grow();
                i = slot(keys, h);
            }
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        byte[] oldMarks = marks;
        long[] oldStates = states;
        keys = new long[oldKeys.length * 2];
        marks = new byte[oldMarks.length * 2];
        states = oldStates == null ? null : new long[oldStates.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = slot(keys, oldKeys[j]);
                keys[i] = oldKeys[j];
                marks[i] = oldMarks[j];
                if (states != null) {
                    states[i] = oldStates[j];
                }
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
