package org.onecsync.catalog;

import java.time.Instant;
import java.util.Objects;
import org.onecsync.model.CatalogRecord;

/**
 * A stored record with its sync state.
 *
 * @param record the record as 1C last sent it
 * @param active whether it is active: not marked deleted, not removed from a complete package, and (for
 *               offers, prices and stock) its product is active too
 * @param sessionId the import that last wrote it
 * @param updatedAt when that import wrote it
 * @param <T> the record's type
 */
public record Synced<T extends CatalogRecord>(T record, boolean active, long sessionId, Instant updatedAt) {

    /**
     * Creates a stored record with its sync state.
     *
     * @param record the record as 1C last sent it
     * @param active whether it is active
     * @param sessionId the import that last wrote it
     * @param updatedAt when that import wrote it
     * @throws NullPointerException if {@code record} or {@code updatedAt} is {@code null}
     */
    public Synced {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
