package org.onecsync.store;

import java.util.Objects;
import org.onecsync.model.CatalogRecord;

/**
 * One row to insert or update.
 *
 * @param record the record, written into the entity's typed columns
 * @param active whether the row is active
 * @param hash the content hash ({@code RecordCodec#hash}); 0 for prices and stock
 */
public record WriteRow(CatalogRecord record, boolean active, long hash) {

    /**
     * Creates a row to write.
     *
     * @param record the record
     * @param active whether the row is active
     * @param hash the content hash; 0 for prices and stock
     * @throws NullPointerException if {@code record} is {@code null}
     */
    public WriteRow {
        Objects.requireNonNull(record, "record");
    }
}
