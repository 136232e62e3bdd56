package org.onecsync.model;

/**
 * A record read from an export. Implementations are immutable.
 */
public sealed interface CatalogRecord
        permits Unit, Warehouse, PriceType, Category, Property, Product, Offer, Price, Stock, Counterparty, Order {

    /** The kind of record. */
    EntityType type();

    /** The record's key within its kind as text (1C's {@code Ид}; for prices and stock a composite key). */
    String key();

    /** The record's typed key: {@link OfferKey} for offers, {@link PriceKey}, {@link StockKey}, else {@link EntityId}. */
    default RecordKey recordKey() {
        if (this instanceof Offer offer) {
            return offer.offerKey();
        }
        if (this instanceof Price price) {
            return new PriceKey(price.offer(), price.priceTypeId());
        }
        if (this instanceof Stock stock) {
            return new StockKey(stock.offer(), stock.warehouseId());
        }
        return new EntityId(key());
    }
}
