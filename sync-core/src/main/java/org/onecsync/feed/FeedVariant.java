package org.onecsync.feed;

import java.util.List;
import java.util.Objects;
import org.onecsync.model.Characteristic;

/**
 * A variant of a feed product (a size, a colour): an offer of its own, with its prices and stock.
 *
 * @param externalId 1C's id of the variant, or {@code null}; without one the variant's id is derived from its
 *                   product and SKU, so it is the same on every import
 * @param sku the variant's SKU; needed when there is no external id
 * @param name its name, or {@code null} for the product's
 * @param characteristics what tells it apart ({@code Размер: 42}), never {@code null}
 * @param prices its prices, never {@code null}
 * @param stocks its stock, never {@code null}
 * @param barcodes its barcodes, never {@code null}
 */
public record FeedVariant(String externalId, String sku, String name, List<Characteristic> characteristics,
                          List<FeedPrice> prices, List<FeedStock> stocks, List<String> barcodes) {

    /**
     * @param externalId see the record's components
     * @param sku see the record's components
     * @param name see the record's components
     * @param characteristics see the record's components
     * @param prices see the record's components
     * @param stocks see the record's components
     * @param barcodes see the record's components
     * @throws NullPointerException if a list is {@code null}
     */
    public FeedVariant {
        characteristics = List.copyOf(Objects.requireNonNull(characteristics, "characteristics"));
        prices = List.copyOf(Objects.requireNonNull(prices, "prices"));
        stocks = List.copyOf(Objects.requireNonNull(stocks, "stocks"));
        barcodes = List.copyOf(Objects.requireNonNull(barcodes, "barcodes"));
    }
}
