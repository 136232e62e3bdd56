package org.onecsync.sync.internal;

import org.onecsync.model.CatalogRecord;
import org.onecsync.model.Category;
import org.onecsync.model.Counterparty;
import org.onecsync.model.Offer;
import org.onecsync.model.PriceType;
import org.onecsync.model.Product;
import org.onecsync.model.Property;
import org.onecsync.model.Unit;
import org.onecsync.model.Warehouse;

/** Reads the deletion mark of records that carry one. */
final class DeletionMark {

    private DeletionMark() {
    }

    /**
     * @param record any record
     * @return whether 1C marked it for deletion; {@code false} for kinds without a mark (prices, stock)
     */
    static boolean of(CatalogRecord record) {
        if (record instanceof Product product) {
            return product.deleted();
        } else if (record instanceof Offer offer) {
            return offer.deleted();
        } else if (record instanceof Category category) {
            return category.deleted();
        } else if (record instanceof Property property) {
            return property.deleted();
        } else if (record instanceof Unit unit) {
            return unit.deleted();
        } else if (record instanceof Warehouse warehouse) {
            return warehouse.deleted();
        } else if (record instanceof PriceType priceType) {
            return priceType.deleted();
        } else if (record instanceof Counterparty counterparty) {
            return counterparty.deleted();
        }
        return false;
    }
}
