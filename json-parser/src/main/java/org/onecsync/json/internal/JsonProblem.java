package org.onecsync.json.internal;

/**
 * A product that was skipped, and why.
 *
 * @param index the product's 0-based position in the {@code products} array
 * @param sku the product's SKU as far as it could be read, or {@code null}
 * @param field the offending field as a path ({@code "price"}, {@code "variants[1].stock"})
 * @param message what is wrong, for a person
 */
record JsonProblem(int index, String sku, String field, String message) {
}
