package org.onecsync.store;

import org.onecsync.model.EntityType;

/**
 * A record that was not applied, and why.
 *
 * @param entity its kind
 * @param key its key as far as it was read, or {@code null}
 * @param file the export file it came from, or {@code null}
 * @param line the line it starts on, or 0 when unknown
 * @param reason why, for a person
 */
public record Problem(EntityType entity, String key, String file, long line, String reason) {
}
