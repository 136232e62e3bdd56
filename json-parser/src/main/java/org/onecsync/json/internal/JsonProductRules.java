package org.onecsync.json.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * The rules a product of a JSON feed must follow, those of {@code docs/feeds.md}, checked in this order; the
 * first broken rule is the product's problem.
 * <ol>
 *   <li>{@code sku} required (not blank); {@code name} required (not blank).</li>
 *   <li>{@code price} required and ≥ 0 (a {@code prices[]} entry without a {@code type} is the price too) —
 *       <em>except</em> for a product with variants when every variant
 *       carries a price of its own ({@code price} or {@code prices}): a shop selling a T-shirt in three sizes
 *       prices the sizes, and the product itself has nothing to sell. A product with a variant lacking a
 *       price still needs its own price, which the variant inherits.</li>
 *   <li>{@code stock} ≥ 0 when given.</li>
 *   <li>{@code old_price} &gt; {@code price} when both are given (a crossed-out price not above the price is a
 *       mistake in 1C, not a discount).</li>
 *   <li>Each {@code prices[]} entry has a {@code value} ≥ 0; without a {@code type} it is the price, so it may
 *       not come next to {@code price} or another untyped entry. Each {@code stocks[]} entry has a
 *       {@code quantity} ≥ 0; without a {@code warehouse} it is the total stock, so it may not come next to
 *       {@code stock} or another such entry. Two values for one place are refused rather than one guessed.</li>
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
        BigDecimal price = p.price() != null ? p.price() : untypedPrice(p.prices());
        if (price == null && !everyVariantPriced(p.variants())) {
            return new Violation("price", "is required");
        }
        Violation v = amounts("", p.price(), price, p.oldPrice(), p.stock());
        if (v == null) {
            v = entries("", p.price(), p.stock(), p.prices(), p.stocks());
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
        BigDecimal price = variant.price() != null ? variant.price() : untypedPrice(variant.prices());
        Violation v = amounts(prefix, variant.price(), price, variant.oldPrice(), variant.stock());
        return v != null ? v : entries(prefix, variant.price(), variant.stock(), variant.prices(), variant.stocks());
    }

    /**
     * The plain fields; {@code price} is the one sent as {@code price} (its sign checked here),
     * {@code effectivePrice} the one the old price must exceed, which may come from an untyped {@code prices[]}
     * entry (whose sign {@link #entries} checks, under its own path).
     */
    private static Violation amounts(String prefix, BigDecimal price, BigDecimal effectivePrice,
                                     BigDecimal oldPrice, BigDecimal stock) {
        if (price != null && price.signum() < 0) {
            return new Violation(prefix + "price", "must be ≥ 0, not " + price.toPlainString());
        }
        if (stock != null && stock.signum() < 0) {
            return new Violation(prefix + "stock", "must be ≥ 0, not " + stock.toPlainString());
        }
        if (oldPrice != null && effectivePrice != null && oldPrice.compareTo(effectivePrice) <= 0) {
            return new Violation(prefix + "old_price", "must be greater than price "
                    + effectivePrice.toPlainString() + ", not " + oldPrice.toPlainString());
        }
        return null;
    }

    /**
     * The entries of {@code prices[]} and {@code stocks[]}; {@code price} and {@code stock} are the plain fields,
     * which an untyped entry would give a second value.
     */
    private static Violation entries(String prefix, BigDecimal plainPrice, BigDecimal plainStock,
                                     List<JsonPrice> prices, List<JsonStock> stocks) {
        boolean priceGiven = plainPrice != null;
        for (int i = 0; i < prices.size(); i++) {
            JsonPrice price = prices.get(i);
            String item = prefix + "prices[" + i + "].";
            if (blank(price.type())) {
                if (priceGiven) {
                    return new Violation(item + "type", "is required when the price is given already");
                }
                priceGiven = true;
            }
            if (price.value() == null) {
                return new Violation(item + "value", "is required");
            }
            if (price.value().signum() < 0) {
                return new Violation(item + "value", "must be ≥ 0, not " + price.value().toPlainString());
            }
        }
        boolean totalGiven = plainStock != null;
        for (int i = 0; i < stocks.size(); i++) {
            JsonStock stock = stocks.get(i);
            String item = prefix + "stocks[" + i + "].";
            if (blank(stock.warehouse())) {
                if (totalGiven) {
                    return new Violation(item + "warehouse", "is required when the total stock is given already");
                }
                totalGiven = true;
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

    /** {@return the value of the {@code prices[]} entry without a type, the product's price, or {@code null}} */
    private static BigDecimal untypedPrice(List<JsonPrice> prices) {
        for (JsonPrice price : prices) {
            if (blank(price.type())) {
                return price.value();
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
