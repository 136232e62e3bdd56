package org.onecsync.model;

import java.util.Objects;

/**
 * The key of a stock row: an offer and a warehouse, or no warehouse for the offer's total.
 *
 * @param offer the offer
 * @param warehouseId the warehouse's id, or {@code null} for the offer's total quantity
 */
public record StockKey(OfferKey offer, String warehouseId) implements RecordKey {

    /**
     * Creates the key of a stock row.
     *
     * @param offer the offer
     * @param warehouseId the warehouse's id, or {@code null} for the offer's total quantity
     * @throws NullPointerException if {@code offer} is {@code null}
     */
    public StockKey {
        Objects.requireNonNull(offer, "offer");
    }

    /** {@code product#variant|warehouse}, or {@code product#variant|} for the total. */
    @Override
    public String text() {
        return text(offer, warehouseId);
    }

    /** The text of a stock key, without building one: {@code product#variant|warehouse} or {@code …|}. */
    static String text(OfferKey offer, String warehouseId) {
        return offer + "|" + (warehouseId == null ? "" : warehouseId);
    }

    @Override
    public String toString() {
        return text();
    }
}
