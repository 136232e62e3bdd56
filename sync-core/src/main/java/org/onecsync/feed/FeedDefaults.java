package org.onecsync.feed;

import java.util.Objects;

/**
 * Where a feed's unnamed prices go. A price type that does not exist is created under an id derived from its
 * name, so the same name is the same price type on every import and in every store.
 *
 * @param priceType the price type of {@code price} ({@code Розничная} by default); an existing price type of
 *                  that name (case and {@code ё}/{@code е} ignored) is used, as one imported from CommerceML
 * @param oldPriceType the price type of {@code old_price} ({@code Старая цена} by default)
 * @param currency the currency of price types the engine creates ({@code RUB} by default)
 */
public record FeedDefaults(String priceType, String oldPriceType, String currency) {

    /**
     * @param priceType see the record's components
     * @param oldPriceType see the record's components
     * @param currency see the record's components
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if a name is blank or both price types are the same
     */
    public FeedDefaults {
        Objects.requireNonNull(priceType, "priceType");
        Objects.requireNonNull(oldPriceType, "oldPriceType");
        Objects.requireNonNull(currency, "currency");
        if (priceType.isBlank() || oldPriceType.isBlank()) {
            throw new IllegalArgumentException("a price type name must not be blank");
        }
        if (priceType.strip().equalsIgnoreCase(oldPriceType.strip())) {
            throw new IllegalArgumentException("the price and the old price cannot go to the same price type '"
                    + priceType + "'");
        }
    }

    /** {@return {@code Розничная}, {@code Старая цена}, {@code RUB}} */
    public static FeedDefaults defaults() {
        return new FeedDefaults("Розничная", "Старая цена", "RUB");
    }

    /**
     * These defaults with another price type for {@code price}.
     *
     * @param name the price type's name
     * @return changed defaults
     */
    public FeedDefaults withPriceType(String name) {
        return new FeedDefaults(name, oldPriceType, currency);
    }

    /**
     * These defaults with another price type for {@code old_price}.
     *
     * @param name the price type's name
     * @return changed defaults
     */
    public FeedDefaults withOldPriceType(String name) {
        return new FeedDefaults(priceType, name, currency);
    }
}
