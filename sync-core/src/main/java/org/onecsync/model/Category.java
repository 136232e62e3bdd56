package org.onecsync.model;

/**
 * A product group ({@code Группа}); groups form a tree by nesting.
 *
 * @param id the group id
 * @param parentId the enclosing group's id, or {@code null} for a root group
 * @param name its name
 * @param deleted whether 1C marked it for deletion
 */
public record Category(String id, String parentId, String name, boolean deleted) implements CatalogRecord {

    @Override
    public EntityType type() {
        return EntityType.CATEGORY;
    }

    @Override
    public String key() {
        return id;
    }
}
