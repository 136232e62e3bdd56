package org.onecsync.store;

/**
 * A stored product that carries a SKU, as {@link ImportTransaction#productsBySku} finds it.
 *
 * @param productId the product's id
 * @param active whether the product is active
 */
public record SkuOwner(String productId, boolean active) {
}
