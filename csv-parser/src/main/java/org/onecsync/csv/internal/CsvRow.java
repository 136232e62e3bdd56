package org.onecsync.csv.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One data row of a feed, with the values converted; {@code null} (or an empty collection) is "no value in
 * the file", which the engine must tell apart from zero or false.
 *
 * @param line the physical line the record starts on (1-based), for reports
 * @param externalId the 1C GUID or another stable id, or {@code null}
 * @param sku the article, never {@code null}
 * @param name the name, never {@code null}
 * @param description the description as written (HTML kept), or {@code null}
 * @param price the price, or {@code null}
 * @param oldPrice the price before a discount, or {@code null}
 * @param stock the quantity in stock, or {@code null}
 * @param categoryPath the category's path from the root, empty when none
 * @param active whether the product is on sale, or {@code null}
 * @param barcode the barcode, or {@code null}
 * @param unit the unit of measure, or {@code null}
 * @param prices price per price type name, from several price columns
 * @param stocks quantity per warehouse name, from several stock columns
 */
record CsvRow(
        long line,
        String externalId,
        String sku,
        String name,
        String description,
        BigDecimal price,
        BigDecimal oldPrice,
        BigDecimal stock,
        List<String> categoryPath,
        Boolean active,
        String barcode,
        String unit,
        Map<String, BigDecimal> prices,
        Map<String, BigDecimal> stocks) {

    CsvRow {
        categoryPath = List.copyOf(categoryPath);
        // Copies that keep the file's column order, so reports and tests see the feed's order.
        prices = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(prices));
        stocks = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stocks));
    }
}
