package org.onecsync.sync.internal;

import java.math.BigDecimal;
import java.util.Objects;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.Price;
import org.onecsync.model.Stock;
import org.onecsync.store.StoredState;

/**
 * How a record compares with what is stored. Products, offers and reference data compare by content hash;
 * prices and stock column by column, amounts by value ({@code 10.5} equals {@code 10.50}).
 */
final class Rules {

    private Rules() {
    }

    /**
     * @param record the record read
     * @param active whether it is to be active (no deletion mark)
     * @param hash its content hash (0 for prices and stock)
     * @param stored what the store holds, or {@code null}
     * @return how it is counted
     */
    static Outcome classify(CatalogRecord record, boolean active, long hash, StoredState stored) {
        if (stored == null) {
            return Outcome.CREATED;
        }
        boolean same = record instanceof Price || record instanceof Stock
                ? sameColumns(record, stored.record())
                : hash == stored.hash();
        if (same && stored.active() == active) {
            return Outcome.UNCHANGED;
        }
        if (stored.active() && !active) {
            return Outcome.DEACTIVATED;
        }
        return Outcome.UPDATED;
    }

    /** Whether a price's amount differs from the stored one's by value: a price history row is due. */
    static boolean amountChanged(Price price, StoredState stored) {
        return stored != null && stored.record() instanceof Price old && old.amount().compareTo(price.amount()) != 0;
    }

    private static boolean sameColumns(CatalogRecord record, CatalogRecord stored) {
        if (record instanceof Price price && stored instanceof Price old) {
            return sameValue(price.amount(), old.amount()) && Objects.equals(price.currency(), old.currency())
                    && Objects.equals(price.unit(), old.unit()) && sameValue(price.coefficient(), old.coefficient());
        }
        if (record instanceof Stock stock && stored instanceof Stock old) {
            return sameValue(stock.quantity(), old.quantity());
        }
        return false;
    }

    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
