package org.onecsync.model;

/**
 * The kinds of record an export carries, each with the name used in reports and JSON output.
 */
public enum EntityType {
    /** Product groups ({@code Группа}), a tree. */
    CATEGORY("categories"),
    /** Product and offer properties ({@code Свойство}), with dictionary values. */
    PROPERTY("properties"),
    /** Price types ({@code ТипЦены}). */
    PRICE_TYPE("priceTypes"),
    /** Units of measure ({@code ЕдиницаИзмерения}) of a classifier. */
    UNIT("units"),
    /** Warehouses ({@code Склад}). */
    WAREHOUSE("warehouses"),
    /** Products ({@code Товар} of a catalog). */
    PRODUCT("products"),
    /** Offers ({@code Предложение} that describe a sellable variant). */
    OFFER("offers"),
    /** One price of one offer for one price type. */
    PRICE("prices"),
    /** One stock row: an offer's quantity in one warehouse, or its total. */
    STOCK("stocks"),
    /** Counterparties ({@code Контрагент}). */
    COUNTERPARTY("counterparties"),
    /** Order documents ({@code Документ}). */
    ORDER("orders");

    private final String jsonName;

    EntityType(String jsonName) {
        this.jsonName = jsonName;
    }

    /** {@return the name used in reports and JSON output, e.g. {@code priceTypes}} */
    public String jsonName() {
        return jsonName;
    }
}
