package org.onecsync.json.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * The rules a product of a JSON feed must follow, those of {@code docs/feeds.md}, checked in this order; the
 * first broken rule is the product's problem.
 * <ol>
 *   <li>{@code sku} required (not blank); {@code name} required (not blank).</li>
 *   <li>{@code price} required and ≥ 0 — <em>except</em> for a product with variants when every variant
 *       carries a price of its own ({@code price} or {@code prices}): a shop selling a T-shirt in three sizes
 *       prices the sizes, and the product itself has nothing to sell. A product with a variant lacking a
 *       price still needs its own price, which the variant inherits.</li>
 *   <li>{@code stock} ≥ 0 when given.</li>
 *   <li>{@code old_price} &gt; {@code price} when both are given (a crossed-out price not above the price is a
 *       mistake in 1C, not a discount).</li>
 *   <li>Each {@code prices[]} entry has a {@code type} and a {@code value} ≥ 0; each {@code stocks[]} entry has
 *       a {@code warehouse} and a {@code quantity} ≥ 0: an entry that cannot be put anywhere is refused rather
 *       than guessed.</li>
 *   <li>Each variant has a {@code sku}, and follows the price, stock and old-price rules above where given.</li>
 * </ol>
 */
final class JsonProductRules {

    /**
     * A broken rule.
     *
     * @param field the field's path
     * @param message what is wrong
     */
    record Violation(String field, String message) {
    }

    private JsonProductRules() {
    }

    /**
     * Checks a product.
     *
     * @param p the product as read
     * @return the first broken rule, or {@code null} when the product is valid
     */
    static Violation check(JsonProduct p) {
        if (blank(p.sku())) {
            return new Violation("sku", "is required");
        }
        if (blank(p.name())) {
            return new Violation("name", "is required");
        }
        if (p.price() == null && !everyVariantPriced(p.variants())) {
            return new Violation("price", "is required");
        }
        Violation v = amounts("", p.price(), p.oldPrice(), p.stock());
        if (v == null) {
            v = entries("", p.prices(), p.stocks());
        }
        for (int i = 0; v == null && i < p.variants().size(); i++) {
            v = variant("variants[" + i + "].", p.variants().get(i));
        }
        return v;
    }

    private static Violation variant(String prefix, JsonVariant variant) {
        if (blank(variant.sku())) {
            return new Violation(prefix + "sku", "is required");
        }
        Violation v = amounts(prefix, variant.price(), variant.oldPrice(), variant.stock());
        return v != null ? v : entries(prefix, variant.prices(), variant.stocks());
    }

    private static Violation amounts(String prefix, BigDecimal price, BigDecimal oldPrice, BigDecimal stock) {
        if (price != null && price.signum() < 0) {
            return new Violation(prefix + "price", "must be ≥ 0, not " + price.toPlainString());
        }
        if (stock != null && stock.signum() < 0) {
            return new Violation(prefix + "stock", "must be ≥ 0, not " + stock.toPlainString());
        }
        if (oldPrice != null && price != null && oldPrice.compareTo(price) <= 0) {
            return new Violation(prefix + "old_price", "must be greater than price " + price.toPlainString()
                    + ", not " + oldPrice.toPlainString());
        }
        return null;
    }

    private static Violation entries(String prefix, List<JsonPrice> prices, List<JsonStock> stocks) {
        for (int i = 0; i < prices.size(); i++) {
            JsonPrice price = prices.get(i);
            String item = prefix + "prices[" + i + "].";
            if (blank(price.type())) {
                return new Violation(item + "type", "is required");
            }
            if (price.value() == null) {
                return new Violation(item + "value", "is required");
            }
            if (price.value().signum() < 0) {
                return new Violation(item + "value", "must be ≥ 0, not " + price.value().toPlainString());
            }
        }
        for (int i = 0; i < stocks.size(); i++) {
            JsonStock stock = stocks.get(i);
            String item = prefix + "stocks[" + i + "].";
            if (blank(stock.warehouse())) {
                return new Violation(item + "warehouse", "is required");
            }
            if (stock.quantity() == null) {
                return new Violation(item + "quantity", "is required");
            }
            if (stock.quantity().signum() < 0) {
                return new Violation(item + "quantity", "must be ≥ 0, not " + stock.quantity().toPlainString());
            }
        }
        return null;
    }

    private static boolean everyVariantPriced(List<JsonVariant> variants) {
        return !variants.isEmpty() && variants.stream().allMatch(JsonVariant::hasPrice);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
