package org.onecsync.store;

import org.onecsync.model.CatalogRecord;

/**
 * What the store holds for one key, as the engine needs it to classify a record.
 *
 * @param active whether the row is active
 * @param hash the content hash written with the row ({@link WriteRow#hash()}); 0 for prices and stock
 * @param record for prices and stock, the stored {@link org.onecsync.model.Price} or
 *               {@link org.onecsync.model.Stock} (they are compared column by column); {@code null} otherwise
 */
public record StoredState(boolean active, long hash, CatalogRecord record) {
}
