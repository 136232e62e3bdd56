package org.onecsync.sync.internal;

/**
 * A 64-bit content hash of a record's JSON: equal text gives an equal fingerprint, and different texts
 * collide with a chance of about 2<sup>-64</sup>. Not cryptographic; nothing here needs to resist an attacker,
 * because a collision can only make a store skip rewriting a row that 1C itself sent.
 */
public final class Fingerprint {

    private static final long PRIME = 0x9E3779B97F4A7C15L;

    private Fingerprint() {
    }

    /**
     * @param text the JSON text
     * @return its fingerprint
     */
    public static long of(String text) {
        long h = 0x243F6A8885A308D3L ^ text.length();
        int i = 0;
        int n = text.length();
        for (; i + 4 <= n; i += 4) {
            long block = text.charAt(i) | (long) text.charAt(i + 1) << 16 | (long) text.charAt(i + 2) << 32
                    | (long) text.charAt(i + 3) << 48;
            h = Long.rotateLeft(h ^ mix(block), 27) * PRIME;
        }
        for (; i < n; i++) {
            h = Long.rotateLeft(h ^ mix(text.charAt(i)), 27) * PRIME;
        }
        return mix(h);
    }

    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
