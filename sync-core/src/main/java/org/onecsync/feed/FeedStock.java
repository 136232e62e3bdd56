package org.onecsync.feed;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A stock quantity of a feed product or variant.
 *
 * @param warehouse the warehouse's name, or {@code null} for the total over all warehouses
 * @param quantity the quantity, never negative
 */
public record FeedStock(String warehouse, BigDecimal quantity) {

    /**
     * @param warehouse see the record's components
     * @param quantity see the record's components
     * @throws NullPointerException if {@code quantity} is {@code null}
     */
    public FeedStock {
        Objects.requireNonNull(quantity, "quantity");
    }

    /**
     * The total quantity.
     *
     * @param quantity the quantity
     * @return the stock
     */
    public static FeedStock total(BigDecimal quantity) {
        return new FeedStock(null, quantity);
    }
}
