package org.onecsync.sync.internal;

import java.math.BigDecimal;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.Price;
import org.onecsync.model.Stock;
import org.onecsync.store.StoredState;

/**
 * A row's state as one 64-bit hash: its content hash (products, offers, reference data) or its compared
 * columns (prices and stock, amounts by value), and its active flag. A record whose state hash equals the
 * stored one is unchanged without a look-up; two different states of one key share a hash with a
 * probability of 2⁻⁶⁴, the same odds as the content hash itself. Never 0, which marks "no state".
 */
final class StateHash {

    private static final long ACTIVE = 0x5851F42D4C957F2DL;
    private static final long INACTIVE = 0x14057B7EF767814FL;

    private StateHash() {
    }

    /** The state hash of a record about to be written with this active flag and content hash. */
    static long of(CatalogRecord record, boolean active, long hash) {
        long content = record instanceof Price || record instanceof Stock ? columns(record) : hash;
        return nonZero(mix(content ^ (active ? ACTIVE : INACTIVE)));
    }

    /** The state hash of a stored row. */
    static long of(StoredState stored) {
        long content = stored.record() != null ? columns(stored.record()) : stored.hash();
        return nonZero(mix(content ^ (stored.active() ? ACTIVE : INACTIVE)));
    }

    /** A price's or stock row's compared columns (not its key), amounts by value as {@link Rules} compares them. */
    private static long columns(CatalogRecord record) {
        if (record instanceof Stock stock) {
            return value(stock.quantity());
        }
        Price price = (Price) record;
        long h = value(price.amount());
        h = mix(h ^ KeyHash.ofText(price.currency()) * 0x9E3779B97F4A7C15L);
        h = mix(h ^ KeyHash.ofText(price.unit()) * 0xC2B2AE3D27D4EB4FL);
        return mix(h ^ (price.coefficient() == null ? 0x165667B19E3779F9L : value(price.coefficient())));
    }

    private static long value(BigDecimal number) {
        BigDecimal plain = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        long unscaled = plain.precision() < 19 ? plain.unscaledValue().longValue() : plain.unscaledValue().hashCode();
        return mix(unscaled * 0x9E3779B97F4A7C15L ^ plain.scale());
    }

    private static long nonZero(long h) {
        return h == 0 ? 1 : h;
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
