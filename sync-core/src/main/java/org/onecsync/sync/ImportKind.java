package org.onecsync.sync;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.onecsync.model.EntityType;

/** What an import applies; records of other kinds in the export are ignored. */
public enum ImportKind {
    /** Reference data, products and offers. */
    CATALOG(EnumSet.of(EntityType.UNIT, EntityType.WAREHOUSE, EntityType.PRICE_TYPE, EntityType.CATEGORY,
            EntityType.PROPERTY, EntityType.PRODUCT, EntityType.OFFER)),
    /** Prices only; needs the catalog in the store. */
    PRICES(EnumSet.of(EntityType.PRICE)),
    /** Stock only; needs the catalog in the store. */
    STOCK(EnumSet.of(EntityType.STOCK)),
    /** Counterparties only. */
    COUNTERPARTIES(EnumSet.of(EntityType.COUNTERPARTY)),
    /**
     * Everything above (the default), and 1C's order status documents, which go to the order sink
     * ({@link ImportOptions#orderSink()}) rather than to the catalog.
     */
    ALL(EnumSet.range(EntityType.CATEGORY, EntityType.COUNTERPARTY));

    private final Set<EntityType> entities;

    ImportKind(Set<EntityType> entities) {
        this.entities = entities;
    }

    /** {@return the entities this kind applies, as a new set the caller may change} */
    public Set<EntityType> entities() {
        return EnumSet.copyOf(entities);
    }

    /**
     * Says whether this kind applies records of a type.
     *
     * @param type an entity
     * @return {@code true} if an import of this kind applies records of {@code type}, {@code false} if it
     *         ignores them
     */
    public boolean includes(EntityType type) {
        return entities.contains(type);
    }

    /** {@return whether this kind needs products already in the store (prices and stock do)} */
    public boolean needsCatalog() {
        return this == PRICES || this == STOCK;
    }

    /** {@return the lower-case name used on the command line and in reports, e.g. {@code prices}} */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
