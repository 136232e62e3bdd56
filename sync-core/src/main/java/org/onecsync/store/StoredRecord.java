package org.onecsync.store;

import org.onecsync.model.EntityType;

/**
 * One synced entity as a store holds it.
 *
 * @param entity its kind
 * @param key its key
 * @param active {@code false} once deactivated (deletion mark or missing from a full package)
 * @param payload the record as JSON, exactly as staged
 */
public record StoredRecord(EntityType entity, String key, boolean active, String payload) {
}
