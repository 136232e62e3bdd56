package org.onecsync.sync.internal;

import org.onecsync.model.EntityId;
import org.onecsync.model.OfferKey;
import org.onecsync.model.PriceKey;
import org.onecsync.model.RecordKey;
import org.onecsync.model.StockKey;

/**
 * A 64-bit hash of a typed key, for {@link KeyTable}. Two different keys of one import share a hash with a
 * probability of about n²/2⁶⁵ (one in ten million for 1.5 million keys); the only effect would be a count
 * attributed to the other key's first sighting, never a lost or wrong row.
 */
final class KeyHash {

    private static final long PRIME = 0xC2B2AE3D27D4EB4FL;
    private static final long SEED = 0xcbf29ce484222325L;
    private static final long ABSENT = 0x9E3779B97F4A7C15L;

    private KeyHash() {
    }

    static long of(RecordKey key) {
        if (key instanceof EntityId id) {
            return finish(text(SEED, id.value()));
        }
        if (key instanceof OfferKey offer) {
            return finish(offer(SEED, offer));
        }
        if (key instanceof PriceKey price) {
            return finish(text(offer(SEED, price.offer()), price.priceTypeId()));
        }
        StockKey stock = (StockKey) key;
        return finish(text(offer(SEED, stock.offer()), stock.warehouseId()));
    }

    /** A 64-bit hash of one text, {@code null} included. */
    static long ofText(String value) {
        return finish(text(SEED, value));
    }

    private static long offer(long h, OfferKey offer) {
        return text(text(h, offer.productId()), offer.variantId());
    }

    private static long text(long h, String value) {
        if (value == null) {
            return mixIn(h, ABSENT);
        }
        int n = value.length();
        int i = 0;
        // Four chars to a 64-bit word: one multiply per word instead of one per char.
        for (; i + 4 <= n; i += 4) {
            long word = value.charAt(i) | (long) value.charAt(i + 1) << 16 | (long) value.charAt(i + 2) << 32
                    | (long) value.charAt(i + 3) << 48;
            h = mixIn(h, word);
        }
        long rest = 0;
        for (int shift = 0; i < n; i++, shift += 16) {
            rest |= (long) value.charAt(i) << shift;
        }
        // The length ends each part, so ("ab","c") and ("a","bc") differ.
        return mixIn(mixIn(h, rest), n + 0x10000L);
    }

    private static long mixIn(long h, long word) {
        h ^= word * 0x9E3779B97F4A7C15L;
        h = Long.rotateLeft(h, 31) * PRIME;
        return h;
    }

    /** MurmurHash3's finaliser: spreads FNV's weak low bits over all 64. */
    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
