package org.onecsync.store;

/**
 * What an import did to one kind of entity.
 *
 * @param created rows that did not exist
 * @param updated rows whose content changed
 * @param unchanged rows received with the same content (not written)
 * @param deleted rows deactivated or deleted (deletion marks, and missing rows of a full package)
 * @param skipped records not applied (invalid, or referring to something the store does not know)
 */
public record EntityCounts(long created, long updated, long unchanged, long deleted, long skipped) {

    /** All zeros. */
    public static final EntityCounts ZERO = new EntityCounts(0, 0, 0, 0, 0);

    /**
     * @param more skipped records to add
     * @return these counts with more skipped
     */
    public EntityCounts plusSkipped(long more) {
        return new EntityCounts(created, updated, unchanged, deleted, skipped + more);
    }

    /** {@return whether every count is zero: the import did nothing to this entity} */
    public boolean isZero() {
        return created == 0 && updated == 0 && unchanged == 0 && deleted == 0 && skipped == 0;
    }
}
