package org.onecsync.sync.internal;

import java.math.BigDecimal;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityId;
import org.onecsync.model.EntityType;
import org.onecsync.model.OfferKey;
import org.onecsync.model.Price;
import org.onecsync.model.PriceKey;
import org.onecsync.model.RecordKey;
import org.onecsync.model.Stock;
import org.onecsync.model.StockKey;
import org.onecsync.sync.StoreLimits;

/**
 * The checks a record must pass before it is applied. Parsers already refuse what they cannot read; these
 * are the rules of the mirror itself, the same for every store.
 */
final class Validation {

    private Validation() {
    }

    /**
     * @param record a record
     * @return why it cannot be applied, or {@code null} when it can
     */
    static String problem(CatalogRecord record) {
        // A unit whose id and code are both blank is real (1C writes one) and keeps the empty id.
        if (record.type() != EntityType.UNIT && (record.key() == null || record.key().isBlank())) {
            return "it has no id";
        }
        String tooLong = idTooLong(record.recordKey());
        if (tooLong != null) {
            return tooLong;
        }
        if (record instanceof Price price) {
            if (price.amount().signum() < 0) {
                return "price " + price.amount().toPlainString() + " is negative";
            }
            String fit = fits("price", price.amount());
            return fit != null ? fit : price.coefficient() == null ? null : fits("coefficient", price.coefficient());
        }
        if (record instanceof Stock stock) {
            return fits("quantity", stock.quantity());
        }
        return null;
    }

    private static String idTooLong(RecordKey key) {
        if (key instanceof EntityId id) {
            return check(id.value());
        }
        if (key instanceof OfferKey offer) {
            return offer(offer);
        }
        if (key instanceof PriceKey price) {
            String problem = offer(price.offer());
            return problem != null ? problem : check(price.priceTypeId());
        }
        StockKey stock = (StockKey) key;
        String problem = offer(stock.offer());
        return problem != null || stock.warehouseId() == null ? problem : check(stock.warehouseId());
    }

    private static String offer(OfferKey offer) {
        String problem = check(offer.productId());
        return problem != null || offer.variantId() == null ? problem : check(offer.variantId());
    }

    private static String check(String id) {
        if (id.length() <= StoreLimits.MAX_ID_LENGTH) {
            return null;
        }
        return "id " + id.substring(0, 40) + "… is " + id.length() + " characters long; ids may have at most "
                + StoreLimits.MAX_ID_LENGTH;
    }

    private static String fits(String what, BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        int fraction = Math.max(plain.scale(), 0);
        int integer = plain.precision() - plain.scale();
        if (integer <= StoreLimits.MAX_INTEGER_DIGITS && fraction <= StoreLimits.MAX_FRACTION_DIGITS) {
            return null;
        }
        String shown = integer > 30 || fraction > 30 ? plain.toString() : plain.toPlainString();
        return what + " " + shown + " does not fit: at most " + StoreLimits.MAX_INTEGER_DIGITS
                + " digits before the decimal point and " + StoreLimits.MAX_FRACTION_DIGITS + " after";
    }
}
