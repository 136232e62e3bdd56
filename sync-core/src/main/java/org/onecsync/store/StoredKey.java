package org.onecsync.store;

import org.onecsync.model.RecordKey;

/**
 * A stored row's key and whether it is active.
 *
 * @param key the key
 * @param active whether the row is active
 */
public record StoredKey(RecordKey key, boolean active) {
}
