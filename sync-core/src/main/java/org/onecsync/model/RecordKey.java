package org.onecsync.model;

/**
 * The typed identity of a synced record: {@link EntityId} for records keyed by one 1C id, {@link OfferKey}
 * for offers, {@link PriceKey} for prices and {@link StockKey} for stock rows.
 */
public sealed interface RecordKey permits EntityId, OfferKey, PriceKey, StockKey {

    /**
     * The key as 1C writes it, for messages and reports: {@code id}, {@code product#variant},
     * {@code product#variant|priceType}, {@code product#variant|warehouse} ({@code product|} for a total).
     *
     * @return the key's text
     */
    String text();
}
