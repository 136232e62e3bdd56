package org.onecsync.store;

import java.util.Objects;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityType;
import org.onecsync.model.RecordKey;

/**
 * One entry of the change feed: a row that a committed import created, updated, deactivated or deleted.
 *
 * @param seq its position in the feed: increases by one per entry, in commit order
 * @param session the import's session
 * @param entity the row's entity
 * @param key the row's key
 * @param kind what happened
 * @param previous for {@link ChangeKind#UPDATED}, {@link ChangeKind#DEACTIVATED} and {@link ChangeKind#DELETED},
 *                 the record as it was before; {@code null} for {@link ChangeKind#CREATED}
 */
public record Change(long seq, long session, EntityType entity, RecordKey key, ChangeKind kind,
                     CatalogRecord previous) {

    /**
     * Creates an entry of the change feed.
     *
     * @param seq its position in the feed
     * @param session the import's session
     * @param entity the row's entity
     * @param key the row's key
     * @param kind what happened
     * @param previous the record as it was before, or {@code null} for {@link ChangeKind#CREATED}
     * @throws NullPointerException if {@code entity}, {@code key} or {@code kind} is {@code null}
     */
    public Change {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
    }
}
