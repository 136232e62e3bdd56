package org.onecsync.store;

import java.math.BigDecimal;
import org.onecsync.model.EntityType;

/**
 * One record as the engine hands it to a store.
 *
 * @param entity its kind
 * @param key its key within the kind
 * @param ref1 for an offer its product id; for a price or stock row its offer key; otherwise {@code null}
 * @param ref2 for a price its price type id; for a stock row its warehouse id ({@code null} for a total);
 *             otherwise {@code null}
 * @param amount for a price its amount, for a stock row its quantity; otherwise {@code null}
 * @param active {@code false} when 1C marked the record for deletion
 * @param fingerprint a hash of {@code payload} and {@code active}: equal fingerprints mean equal content
 * @param payload the record as JSON
 * @param file the export file it came from
 * @param line the line it starts on
 */
public record StagedRecord(EntityType entity, String key, String ref1, String ref2, BigDecimal amount,
                           boolean active, long fingerprint, String payload, String file, long line) {
}
