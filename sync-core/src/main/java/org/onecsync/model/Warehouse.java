package org.onecsync.model;

/**
 * A warehouse ({@code Склад}) from a {@code Склады} list.
 *
 * @param id the warehouse id
 * @param name its name
 * @param deleted whether 1C marked it for deletion
 */
public record Warehouse(String id, String name, boolean deleted) implements CatalogRecord {

    @Override
    public EntityType type() {
        return EntityType.WAREHOUSE;
    }

    @Override
    public String key() {
        return id;
    }
}
