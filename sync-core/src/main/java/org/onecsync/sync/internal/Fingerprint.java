package org.onecsync.sync.internal;

/**
 * A 64-bit content hash of a record's JSON. It takes four characters per step, and each step is a
 * bijection of the state, so two texts of the same length that differ in one block always get different
 * fingerprints; a final avalanche spreads the bits. Not cryptographic, and nothing here needs it to be: a
 * collision could only make a store skip rewriting a row with content 1C itself sent.
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
            h = Long.rotateLeft((h ^ block) * PRIME, 31);
        }
        for (; i < n; i++) {
            h = Long.rotateLeft((h ^ text.charAt(i)) * PRIME, 31);
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
