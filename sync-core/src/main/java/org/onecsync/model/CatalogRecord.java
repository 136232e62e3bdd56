package org.onecsync.model;

/**
 * A record read from an export. Implementations are immutable.
 */
public sealed interface CatalogRecord
        permits Unit, Warehouse, PriceType, Category, Property, Product, Offer, Price, Stock, Counterparty, Order {

    /** The kind of record. */
    EntityType type();

    /** The record's key within its kind (1C's {@code Ид}; for prices and stock a composite key). */
    String key();
}
