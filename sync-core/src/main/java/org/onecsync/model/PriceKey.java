package org.onecsync.model;

import java.util.Objects;

/**
 * The key of a price: an offer and a price type.
 *
 * @param offer the offer
 * @param priceTypeId the price type's id
 */
public record PriceKey(OfferKey offer, String priceTypeId) implements RecordKey {

    /**
     * Creates the key of a price.
     *
     * @param offer the offer
     * @param priceTypeId the price type's id
     * @throws NullPointerException if {@code offer} or {@code priceTypeId} is {@code null}
     */
    public PriceKey {
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(priceTypeId, "priceTypeId");
    }

    /** {@code product#variant|priceType}. */
    @Override
    public String text() {
        return text(offer, priceTypeId);
    }

    /** The text of a price key, without building one: {@code product#variant|priceType}. */
    static String text(OfferKey offer, String priceTypeId) {
        return offer + "|" + priceTypeId;
    }

    @Override
    public String toString() {
        return text();
    }
}
