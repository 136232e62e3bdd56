package org.onecsync.json.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One valid product of a feed's {@code products} array, as read; the collections are unmodifiable. Those a
 * stored product keeps when the feed does not carry them (characteristics, images, barcodes) are {@code null}
 * when absent, so "not sent" is never confused with "none".
 *
 * @param index the product's 0-based position in the {@code products} array
 * @param externalId the 1C id ({@code external_id}), or {@code null}
 * @param sku the SKU, never blank
 * @param name the name, never blank
 * @param description the description, or {@code null}
 * @param price the price, or {@code null} only when every variant carries a price
 * @param oldPrice the crossed-out price ({@code old_price}), greater than the price, or {@code null}
 * @param stock the total stock, never negative, or {@code null}
 * @param category the category as sent (often a path like {@code "Инструмент / Перфораторы"}), or {@code null}
 * @param active {@code is_active}, or {@code null} when absent
 * @param characteristics name to value, in the order sent; {@code null} when the product has none or {@code null}
 *                        (the stored ones are kept), empty when given empty (they are removed)
 * @param prices prices by type
 * @param stocks stock by warehouse
 * @param variants the variants
 * @param images image URLs or file names, or {@code null} when absent
 * @param barcodes the barcodes, or {@code null} when absent
 * @param unit the unit of measure, or {@code null}
 */
record JsonProduct(int index, String externalId, String sku, String name, String description,
                   BigDecimal price, BigDecimal oldPrice, BigDecimal stock, String category, Boolean active,
                   Map<String, String> characteristics, List<JsonPrice> prices, List<JsonStock> stocks,
                   List<JsonVariant> variants, List<String> images, List<String> barcodes, String unit) {
}
