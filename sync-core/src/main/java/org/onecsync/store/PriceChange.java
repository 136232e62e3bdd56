package org.onecsync.store;

import java.math.BigDecimal;
import java.time.Instant;
import org.onecsync.model.PriceKey;

/**
 * One change of a stored price's amount.
 *
 * @param key the price: offer and price type
 * @param oldAmount the amount before
 * @param newAmount the amount after
 * @param sessionId the import that changed it
 * @param changedAt when
 */
public record PriceChange(PriceKey key, BigDecimal oldAmount, BigDecimal newAmount, long sessionId,
                          Instant changedAt) {
}
