package org.onecsync.sync.internal;

import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityType;
import org.onecsync.model.Price;

/**
 * The checks a record must pass before it is staged. Parsers already refuse what they cannot read; these
 * are the rules of the mirror itself.
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
        if (record instanceof Price price && price.amount().signum() < 0) {
            return "price " + price.amount().toPlainString() + " is negative";
        }
        return null;
    }
}
