package org.onecsync.catalog;

import java.math.BigDecimal;
import java.util.Objects;
import org.onecsync.model.StockKey;

/**
 * One stock row of an offer.
 *
 * @param key offer and warehouse (no warehouse: the offer's total as 1C sent it)
 * @param warehouseName the warehouse's name, or {@code null} for a total or a warehouse that is not stored
 * @param quantity the quantity, exactly as 1C sent it
 * @param active whether the row, its offer and its product are active
 */
public record OfferStock(StockKey key, String warehouseName, BigDecimal quantity, boolean active) {

    /**
     * Creates one stock row of an offer.
     *
     * @param key offer and warehouse (no warehouse: the offer's total as 1C sent it)
     * @param warehouseName the warehouse's name, or {@code null} for a total or a warehouse that is not stored
     * @param quantity the quantity, exactly as 1C sent it
     * @param active whether the row, its offer and its product are active
     * @throws NullPointerException if {@code key} or {@code quantity} is {@code null}
     */
    public OfferStock {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(quantity, "quantity");
    }
}
