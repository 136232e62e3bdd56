package org.onecsync.parse;

/**
 * What a file of an export is for, judged by what it contains (never by its name).
 */
public enum FileRole {
    /** Products, possibly with their classifier ({@code import.xml}, {@code goods/…}). */
    CATALOG("catalog"),
    /** Only reference data: groups, properties, units, warehouses, price types. */
    CLASSIFIER("classifier"),
    /** Offers with names (variants), possibly with their prices and stock. */
    OFFERS("offers"),
    /** Only prices. */
    PRICES("prices"),
    /** Only stock. */
    STOCK("stock"),
    /** Counterparties. */
    COUNTERPARTIES("counterparties"),
    /** Order documents. */
    ORDERS("orders"),
    /** An exchange file with no records. */
    EMPTY("empty");

    private final String jsonName;

    FileRole(String jsonName) {
        this.jsonName = jsonName;
    }

    /** {@return the name used in reports and JSON output, e.g. {@code classifier}} */
    public String jsonName() {
        return jsonName;
    }
}
