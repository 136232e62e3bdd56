package org.onecsync.json.internal;

/** Receives a feed's products one at a time, in the order of the {@code products} array. */
interface JsonFeedListener {

    /**
     * A valid product.
     *
     * @param product the product
     */
    void product(JsonProduct product);

    /**
     * A product that breaks a rule and is skipped.
     *
     * @param problem the product's index, SKU, field and reason
     */
    void problem(JsonProblem problem);
}
