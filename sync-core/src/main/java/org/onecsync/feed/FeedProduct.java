package org.onecsync.feed;

import java.util.ArrayList;
import java.util.List;
import org.onecsync.model.Characteristic;

/**
 * A product as a CSV row or a JSON {@code products[]} element carries it. {@code null} means "the feed does not
 * say": a product already stored keeps what it has (its CommerceML properties, images, categories). An empty
 * list given means "none": characteristics given replace the stored ones.
 *
 * <p>The engine finds the product by {@link #externalId()} when given, else by {@link #sku()}; see the README's
 * "Feeds" section.
 *
 * @param externalId 1C's id ({@code external_id}), or {@code null}
 * @param sku the SKU; required unless there is an external id
 * @param name the name, or {@code null} to keep the stored one (required for a new product)
 * @param description the description, or {@code null}
 * @param categoryPath the category as a path of names from the root ({@code [Инструмент, Наборы]}), or
 *                     {@code null}
 * @param active {@code false} deactivates; {@code null} and {@code true} make it active
 * @param characteristics name/value characteristics, or {@code null}
 * @param prices its prices, never {@code null}
 * @param stocks its stock, never {@code null}
 * @param variants its variants, never {@code null}
 * @param images image URLs or names, or {@code null}
 * @param barcodes barcodes, or {@code null}
 * @param unit the unit's name ({@code шт}), or {@code null}
 */
public record FeedProduct(String externalId, String sku, String name, String description, List<String> categoryPath,
                          Boolean active, List<Characteristic> characteristics, List<FeedPrice> prices,
                          List<FeedStock> stocks, List<FeedVariant> variants, List<String> images,
                          List<String> barcodes, String unit) {

    /**
     * @param externalId see the record's components
     * @param sku see the record's components
     * @param name see the record's components
     * @param description see the record's components
     * @param categoryPath see the record's components
     * @param active see the record's components
     * @param characteristics see the record's components
     * @param prices see the record's components
     * @param stocks see the record's components
     * @param variants see the record's components
     * @param images see the record's components
     * @param barcodes see the record's components
     * @param unit see the record's components
     * @throws IllegalArgumentException if neither an external id nor a SKU is given
     */
    public FeedProduct {
        if (blank(externalId) && blank(sku)) {
            throw new IllegalArgumentException("a feed product needs a SKU or an external id");
        }
        categoryPath = categoryPath == null ? null : List.copyOf(categoryPath);
        characteristics = characteristics == null ? null : List.copyOf(characteristics);
        prices = prices == null ? List.of() : List.copyOf(prices);
        stocks = stocks == null ? List.of() : List.copyOf(stocks);
        variants = variants == null ? List.of() : List.copyOf(variants);
        images = images == null ? null : List.copyOf(images);
        barcodes = barcodes == null ? null : List.copyOf(barcodes);
    }

    /** {@return a builder for a product with nothing set} */
    public static Builder builder() {
        return new Builder();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Builds a {@link FeedProduct}; every setter returns this builder. */
    public static final class Builder {
        private String externalId;
        private String sku;
        private String name;
        private String description;
        private List<String> categoryPath;
        private Boolean active;
        private List<Characteristic> characteristics;
        private final List<FeedPrice> prices = new ArrayList<>();
        private final List<FeedStock> stocks = new ArrayList<>();
        private final List<FeedVariant> variants = new ArrayList<>();
        private List<String> images;
        private List<String> barcodes;
        private String unit;

        private Builder() {
        }

        /**
         * @param value 1C's id
         * @return this builder
         */
        public Builder externalId(String value) {
            externalId = value;
            return this;
        }

        /**
         * @param value the SKU
         * @return this builder
         */
        public Builder sku(String value) {
            sku = value;
            return this;
        }

        /**
         * @param value the name
         * @return this builder
         */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /**
         * @param value the description
         * @return this builder
         */
        public Builder description(String value) {
            description = value;
            return this;
        }

        /**
         * @param value the category path from the root
         * @return this builder
         */
        public Builder categoryPath(List<String> value) {
            categoryPath = value;
            return this;
        }

        /**
         * @param value {@code false} deactivates
         * @return this builder
         */
        public Builder active(Boolean value) {
            active = value;
            return this;
        }

        /**
         * @param value the characteristics (replacing the stored ones)
         * @return this builder
         */
        public Builder characteristics(List<Characteristic> value) {
            characteristics = value;
            return this;
        }

        /**
         * @param value a price to add
         * @return this builder
         */
        public Builder price(FeedPrice value) {
            prices.add(value);
            return this;
        }

        /**
         * @param value a stock quantity to add
         * @return this builder
         */
        public Builder stock(FeedStock value) {
            stocks.add(value);
            return this;
        }

        /**
         * @param value a variant to add
         * @return this builder
         */
        public Builder variant(FeedVariant value) {
            variants.add(value);
            return this;
        }

        /**
         * @param value image URLs or names
         * @return this builder
         */
        public Builder images(List<String> value) {
            images = value;
            return this;
        }

        /**
         * @param value barcodes
         * @return this builder
         */
        public Builder barcodes(List<String> value) {
            barcodes = value;
            return this;
        }

        /**
         * @param value the unit's name
         * @return this builder
         */
        public Builder unit(String value) {
            unit = value;
            return this;
        }

        /**
         * @return the product
         * @throws IllegalArgumentException if neither an external id nor a SKU was given
         */
        public FeedProduct build() {
            return new FeedProduct(externalId, sku, name, description, categoryPath, active, characteristics, prices,
                    stocks, variants, images, barcodes, unit);
        }
    }
}
