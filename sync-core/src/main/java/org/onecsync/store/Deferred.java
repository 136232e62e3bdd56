package org.onecsync.store;

import org.onecsync.model.CatalogRecord;

/**
 * A record whose references were not known yet when it was read, parked until the export has been read.
 *
 * @param record the record
 * @param file the file it came from
 * @param line its line
 */
public record Deferred(CatalogRecord record, String file, long line) {
}
