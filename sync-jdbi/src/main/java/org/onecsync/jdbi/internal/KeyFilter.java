package org.onecsync.jdbi.internal;

import org.onecsync.model.EntityId;
import org.onecsync.model.EntityType;
import org.onecsync.model.OfferKey;
import org.onecsync.model.PriceKey;
import org.onecsync.model.RecordKey;
import org.onecsync.model.StockKey;

/**
 * A Bloom filter of the keys an import inserted into tables that were empty when it began: a lookup of a key
 * the filter has never seen needs no query. It has no false negatives, so lookups stay exact; its false
 * positives only cost a query. Its size is fixed (2 MB, allocated on first use), so memory does not grow with
 * the rows written: past a few million keys it simply answers "maybe" more often.
 */
final class KeyFilter {

    private static final int BITS = 1 << 24;
    private static final int MASK = BITS - 1;

    private long[] words;

    /** Records a key. */
    void add(EntityType type, RecordKey key) {
        if (words == null) {
            words = new long[BITS / 64];
        }
        long hash = hash(type, key);
        int h1 = (int) hash;
        int h2 = (int) (hash >>> 32) | 1;
        for (int i = 0; i < 3; i++) {
            int bit = (h1 + i * h2) & MASK;
            words[bit >>> 6] |= 1L << bit;
        }
    }

    /** Whether a key may have been recorded; {@code false} means it certainly was not. */
    boolean mightContain(EntityType type, RecordKey key) {
        if (words == null) {
            return false;
        }
        long hash = hash(type, key);
        int h1 = (int) hash;
        int h2 = (int) (hash >>> 32) | 1;
        for (int i = 0; i < 3; i++) {
            int bit = (h1 + i * h2) & MASK;
            if ((words[bit >>> 6] & 1L << bit) == 0) {
                return false;
            }
        }
        return true;
    }

    private static long hash(EntityType type, RecordKey key) {
        long h = 0x9E3779B97F4A7C15L * (type.ordinal() + 1);
        if (key instanceof EntityId id) {
            h = mix(h, id.value());
        } else if (key instanceof OfferKey offer) {
            h = offer(h, offer);
        } else if (key instanceof PriceKey price) {
            h = mix(offer(h, price.offer()), price.priceTypeId());
        } else if (key instanceof StockKey stock) {
            h = mix(offer(h, stock.offer()), stock.warehouseId());
        }
        return finish(h);
    }

    private static long offer(long h, OfferKey key) {
        return mix(mix(h, key.productId()), key.variantId());
    }

    private static long mix(long h, String text) {
        if (text == null) {
            return (h ^ 0x5851F42D4C957F2DL) * 0x9E3779B97F4A7C15L;
        }
        int n = text.length();
        long x = h ^ n;
        int i = 0;
        // Four chars to a word: one multiply per four chars.
        for (; i + 4 <= n; i += 4) {
            long word = text.charAt(i) | (long) text.charAt(i + 1) << 16 | (long) text.charAt(i + 2) << 32
                    | (long) text.charAt(i + 3) << 48;
            x = Long.rotateLeft(x ^ word * 0x9E3779B97F4A7C15L, 29) * 0x100000001B3L;
        }
        for (; i < n; i++) {
            x = (x ^ text.charAt(i)) * 0x100000001B3L;
        }
        return finish(x) + 0x632BE59BD9B4E019L;
    }

    /** The finalizer of SplitMix64: every input bit reaches every output bit. */
    private static long finish(long x) {
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return x ^ (x >>> 31);
    }
}
