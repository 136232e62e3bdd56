package org.onecsync.store;

import org.onecsync.model.EntityType;

/**
 * One change an import made.
 *
 * @param entity the kind of row
 * @param key its key (for prices {@code offer|priceType}, for stock {@code offer|warehouse})
 * @param kind what happened to it
 */
public record ChangeEvent(EntityType entity, String key, ChangeKind kind) {
}
