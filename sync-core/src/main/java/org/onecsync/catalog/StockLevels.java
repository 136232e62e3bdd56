package org.onecsync.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * An offer's stock.
 *
 * @param warehouses the rows per warehouse, by warehouse id
 * @param total the total row 1C sent, or else the sum of the active warehouse rows; {@code null} when the
 *              offer has no stock rows at all
 */
public record StockLevels(List<OfferStock> warehouses, BigDecimal total) {

    /**
     * Creates an offer's stock, keeping a copy of the rows so that the record stays immutable.
     *
     * @param warehouses the rows per warehouse, by warehouse id
     * @param total the total row 1C sent, or else the sum of the active warehouse rows; {@code null} when the offer has
     *              no stock rows at all
     */
    public StockLevels {
        warehouses = List.copyOf(warehouses);
    }
}
