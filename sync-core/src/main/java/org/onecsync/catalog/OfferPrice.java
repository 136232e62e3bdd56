package org.onecsync.catalog;

import java.math.BigDecimal;
import java.util.Objects;
import org.onecsync.model.PriceKey;

/**
 * One price of an offer, with its price type's name.
 *
 * @param key offer and price type
 * @param priceTypeName the price type's name, or {@code null} when the type is not stored
 * @param amount the amount, exactly as 1C sent it
 * @param currency the currency as written, or {@code null}
 * @param active whether the price, its offer and its product are active
 */
public record OfferPrice(PriceKey key, String priceTypeName, BigDecimal amount, String currency, boolean active) {

    /**
     * Creates one price of an offer.
     *
     * @param key offer and price type
     * @param priceTypeName the price type's name, or {@code null} when the type is not stored
     * @param amount the amount, exactly as 1C sent it
     * @param currency the currency as written, or {@code null}
     * @param active whether the price, its offer and its product are active
     * @throws NullPointerException if {@code key} or {@code amount} is {@code null}
     */
    public OfferPrice {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(amount, "amount");
    }
}
