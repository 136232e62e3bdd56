package org.onecsync.parse;

/**
 * The top-level sections of an exchange file.
 */
public enum PackageKind {
    /** {@code Классификатор}: groups, properties, units, warehouses, price types. */
    CLASSIFIER,
    /** {@code Каталог}: products. */
    CATALOG,
    /** {@code ПакетПредложений}: offers, prices, stock, and in 2.x price types and warehouses. */
    OFFERS,
    /** {@code Контрагенты}: counterparties. */
    COUNTERPARTIES,
    /** {@code Документ} or {@code Контейнер}: orders. */
    DOCUMENTS
}
