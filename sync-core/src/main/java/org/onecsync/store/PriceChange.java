package org.onecsync.store;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One row of price history: a stored price whose amount an import changed.
 *
 * @param offerKey the offer
 * @param priceTypeId the price type
 * @param oldAmount the amount before
 * @param newAmount the amount after
 * @param sessionId the import that changed it
 * @param changedAt when
 */
public record PriceChange(String offerKey, String priceTypeId, BigDecimal oldAmount, BigDecimal newAmount,
                          long sessionId, Instant changedAt) {
}
