package org.onecsync.model;

import java.math.BigDecimal;

/**
 * One stock row: an offer's quantity in a warehouse, or its total when the file names no warehouse.
 *
 * @param offer the offer
 * @param warehouseId the warehouse id, or {@code null} for the offer's total quantity
 * @param quantity the quantity
 */
public record Stock(OfferKey offer, String warehouseId, BigDecimal quantity) implements CatalogRecord {

    @Override
    public EntityType type() {
        return EntityType.STOCK;
    }

    /** {@code offer|warehouse}, or {@code offer|} for the total. */
    @Override
    public String key() {
        return StockKey.text(offer, warehouseId);
    }
}
