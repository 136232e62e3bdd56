package org.onecsync.model;

/**
 * A record read from an export. Implementations are immutable.
 */
public sealed interface CatalogRecord
        permits Unit, Warehouse, PriceType, Category, Property, Product, Offer, Price, Stock, Counterparty, Order {

    /** {@return the kind of record} */
    EntityType type();

    /** {@return the record's key within its kind as text (1C's {@code Ид}; for prices and stock a composite key)} */
    String key();

    /**
     * {@return the record's typed key: an {@link OfferKey} for offers, a {@link PriceKey} for prices, a
     * {@link StockKey} for stock rows, else an {@link EntityId}}
     */
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
