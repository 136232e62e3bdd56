package org.onecsync.store;

import java.util.Objects;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityType;
import org.onecsync.model.RecordKey;

/**
 * A change with the records it concerns, as listeners and subscribers receive it.
 *
 * @param seq its position in the change feed
 * @param session the import's session
 * @param entity the row's entity
 * @param key the row's key
 * @param kind what happened
 * @param record the record as it is now; {@code null} for {@link ChangeKind#DELETED}
 * @param previous the record as it was; {@code null} for {@link ChangeKind#CREATED}
 */
public record ChangeEvent(long seq, long session, EntityType entity, RecordKey key, ChangeKind kind,
                          CatalogRecord record, CatalogRecord previous) {

    /**
     * Creates a change with the records it concerns.
     *
     * @param seq its position in the change feed
     * @param session the import's session
     * @param entity the row's entity
     * @param key the row's key
     * @param kind what happened
     * @param record the record as it is now; {@code null} for {@link ChangeKind#DELETED}
     * @param previous the record as it was; {@code null} for {@link ChangeKind#CREATED}
     * @throws NullPointerException if {@code entity}, {@code key} or {@code kind} is {@code null}
     */
    public ChangeEvent {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
    }
}
