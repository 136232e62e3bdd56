package org.onecsync.order;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How an order is delivered, and what the delivery costs; written to 1C as the service line
 * {@code ORDER_DELIVERY} when its price is above zero.
 *
 * @param name the delivery service's name
 * @param price what the delivery costs, zero when free
 */
public record Delivery(String name, BigDecimal price) {

    /**
     * Checks the fields.
     *
     * @param name the name, required
     * @param price the price, required, not negative
     */
    public Delivery {
        Objects.requireNonNull(name, "delivery name");
        Objects.requireNonNull(price, "delivery price");
        if (price.signum() < 0) {
            throw new IllegalArgumentException("delivery price must not be negative: " + price.toPlainString());
        }
    }
}
