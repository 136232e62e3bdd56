package org.onecsync.generate.internal;

/**
 * The folders of a 3.1 "Обмен с сайтом" export, in the order they are written and applied. Paged folders
 * hold {@code <prefix>_1_<page>_<guid>.xml} files; the others hold one {@code <folder>.xml}.
 */
public enum Folder {
    /** Units of measure. */
    UNITS("units", false),
    /** Warehouses. */
    STORAGES("storages", false),
    /** Price types. */
    PRICE_LISTS("priceLists", false),
    /** The group tree. */
    GROUPS("groups", false),
    /** Product properties, 25 a page. */
    PROPERTIES_GOODS("propertiesGoods", true),
    /** Offer properties, 10 a page. */
    PROPERTIES_OFFERS("propertiesOffers", true),
    /** Products. */
    GOODS("goods", true),
    /** Variants. */
    OFFERS("offers", true),
    /** Prices. */
    PRICES("prices", true),
    /** Stock. */
    RESTS("rests", true),
    /** Counterparties. */
    CONTRAGENTS("contragents", false);

    private final String folderName;
    private final boolean paged;

    Folder(String folderName, boolean paged) {
        this.folderName = folderName;
        this.paged = paged;
    }

    /**
     * @return the folder's name, which is also its files' prefix
     */
    public String folderName() {
        return folderName;
    }

    /**
     * @return whether the folder holds numbered pages rather than one file
     */
    public boolean paged() {
        return paged;
    }
}
