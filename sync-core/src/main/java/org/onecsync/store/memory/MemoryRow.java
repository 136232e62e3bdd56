package org.onecsync.store.memory;

import java.time.Instant;
import org.onecsync.model.CatalogRecord;

/** One stored row of the in-memory store. */
record MemoryRow(CatalogRecord record, boolean active, long hash, long session, Instant updatedAt) {

    MemoryRow inactive(long newSession, Instant now) {
        return new MemoryRow(record, false, hash, newSession, now);
    }
}
