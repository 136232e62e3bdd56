package org.onecsync.order;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of an order.
 *
 * @param offer the catalog's key of what was bought: a product id, or {@code product#variant} for a variant
 *     (as {@link org.onecsync.model.OfferKey#text()} writes it)
 * @param name the line's name
 * @param quantity how many, above zero
 * @param price the price of one unit, before the discount
 * @param discount the discount on the whole line, or {@code null} for none
 * @param sum what the line costs: {@code quantity × price − discount} unless given
 * @param unit the unit's name ({@code шт} unless given)
 */
public record OrderItem(String offer, String name, BigDecimal quantity, BigDecimal price, BigDecimal discount,
                        BigDecimal sum, String unit) {

    /** The unit of a line that names none. */
    public static final String DEFAULT_UNIT = "шт";

    /**
     * Checks the fields and fills the computed ones: the sum when {@code null}, the unit when {@code null}.
     *
     * @param offer the offer key, required
     * @param name the name, required
     * @param quantity how many, above zero
     * @param price the unit price, required, not negative
     * @param discount the discount, or {@code null}
     * @param sum the line's sum, or {@code null} to compute it
     * @param unit the unit's name, or {@code null} for {@value #DEFAULT_UNIT}
     */
    public OrderItem {
        Objects.requireNonNull(offer, "line offer");
        Objects.requireNonNull(name, "line name");
        Objects.requireNonNull(quantity, "line quantity");
        Objects.requireNonNull(price, "line price");
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("line quantity must be above 0: " + quantity.toPlainString());
        }
        if (price.signum() < 0) {
            throw new IllegalArgumentException("line price must not be negative: " + price.toPlainString());
        }
        if (sum == null) {
            BigDecimal gross = quantity.multiply(price);
            sum = discount == null ? gross : gross.subtract(discount);
        }
        if (unit == null) {
            unit = DEFAULT_UNIT;
        }
    }

    /**
     * A line without a discount, in pieces.
     *
     * @param offer the offer key
     * @param name the name
     * @param quantity how many
     * @param price the unit price
     * @return the line, its sum computed
     */
    public static OrderItem of(String offer, String name, BigDecimal quantity, BigDecimal price) {
        return new OrderItem(offer, name, quantity, price, null, null, null);
    }
}
