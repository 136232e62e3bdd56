package org.onecsync.model;

import java.util.Objects;

/**
 * The identity of an offer: a product id and, for a variant, the variant id.
 *
 * <p>1C writes it as {@code productGuid#variantGuid}, or a bare {@code productGuid} for the offer of a
 * product without variants. The text is split on the <b>first</b> {@code #}; an empty right side means
 * "no variant".
 *
 * @param productId the product's id, never blank
 * @param variantId the variant's id, or {@code null} for the product's own offer
 */
public record OfferKey(String productId, String variantId) implements RecordKey {

    /**
     * Creates an offer's identity; an empty variant id means the product's own offer, as {@code null} does.
     *
     * @param productId the product's id
     * @param variantId the variant's id, or {@code null} (or empty) for the product's own offer
     * @throws NullPointerException if {@code productId} is {@code null}
     */
    public OfferKey {
        Objects.requireNonNull(productId, "productId");
        if (variantId != null && variantId.isEmpty()) {
            variantId = null;
        }
    }

    /**
     * Parses 1C's offer id.
     *
     * @param id the text of {@code Предложение/Ид}, already trimmed
     * @return the key
     * @throws IllegalArgumentException if there is no product id before the first {@code #}
     */
    public static OfferKey parse(String id) {
        int hash = id.indexOf('#');
        String product = hash < 0 ? id : id.substring(0, hash);
        String variant = hash < 0 ? null : id.substring(hash + 1);
        if (product.isBlank()) {
            throw new IllegalArgumentException("offer id '" + id + "' has no product id before '#'");
        }
        return new OfferKey(product, variant);
    }

    /** The same as {@link #toString()}: {@code product#variant}, or {@code product}. */
    @Override
    public String text() {
        return toString();
    }

    /** {@return {@code true} when this is the offer of a product without variants} */
    public boolean isProductOffer() {
        return variantId == null;
    }

    /** 1C's form: {@code product#variant}, or {@code product}. */
    @Override
    public String toString() {
        return variantId == null ? productId : productId + '#' + variantId;
    }
}
