package org.onecsync.json.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One entry of a product's {@code variants} array: a sellable variation (size, colour) of the product.
 *
 * @param sku the variant's own SKU, required
 * @param externalId the 1C id, or {@code null}
 * @param name the variant's name, or {@code null} (the product's name applies)
 * @param characteristics what distinguishes the variant, in the order sent
 * @param price the price, or {@code null}
 * @param oldPrice the crossed-out price, or {@code null}
 * @param stock the total stock, or {@code null}
 * @param prices prices by type
 * @param stocks stock by warehouse
 */
record JsonVariant(String sku, String externalId, String name, Map<String, String> characteristics,
                   BigDecimal price, BigDecimal oldPrice, BigDecimal stock,
                   List<JsonPrice> prices, List<JsonStock> stocks) {

    /** {@return whether the variant carries a price of its own, plain or by type} */
    boolean hasPrice() {
        return price != null || !prices.isEmpty();
    }
}
