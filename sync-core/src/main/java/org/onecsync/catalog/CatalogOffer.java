package org.onecsync.catalog;

import java.util.Objects;
import org.onecsync.model.Offer;
import org.onecsync.model.OfferKey;

/**
 * A sellable item: a variant offer, or the product's own offer when the product has no variant offers
 * (prices and stock then refer to the bare product id).
 *
 * @param key the offer's key ({@code product#variant}, or the product id alone)
 * @param productId the product it belongs to (for a 2.x variant listed as a product, that product's own id)
 * @param name the offer's name, or the product's
 * @param sku the offer's SKU, or the product's; {@code null} when neither has one
 * @param active whether it can be sold: the offer and its product are active
 * @param offer the offer record, or {@code null} for a product's own offer
 */
public record CatalogOffer(OfferKey key, String productId, String name, String sku, boolean active, Offer offer) {

    /**
     * Creates a sellable item.
     *
     * @param key the offer's key ({@code product#variant}, or the product id alone)
     * @param productId the product it belongs to
     * @param name the offer's name, or the product's
     * @param sku the offer's SKU, or the product's; {@code null} when neither has one
     * @param active whether it can be sold: the offer and its product are active
     * @param offer the offer record, or {@code null} for a product's own offer
     * @throws NullPointerException if {@code key} or {@code productId} is {@code null}
     */
    public CatalogOffer {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(productId, "productId");
    }
}
