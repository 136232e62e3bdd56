package org.onecsync.json.internal;

/**
 * Receives a feed's products one at a time, in the order of the {@code products} array, and what the body says
 * about them ({@code mode}) when it is read: before, between or after the products, as 1C wrote it.
 */
interface JsonFeedListener {

    /**
     * A valid product.
     *
     * @param product the product
     * @param line the line on which the product's object starts
     */
    void product(JsonProduct product, long line);

    /**
     * A product that breaks a rule and is skipped.
     *
     * @param problem the product's index, SKU, field and reason
     * @param line the line on which the product starts
     */
    void problem(JsonProblem problem, long line);

    /**
     * What the body declares: called for each {@code mode} field when it is read, or once after the body's last
     * token when it has none. Only {@code "full"} declares the complete list; any other value, {@code null} or no
     * {@code mode} at all means changes only, so nothing is removed on a value this reader does not know.
     *
     * @param full whether the products are the complete list
     * @param line the line of the {@code mode} value, or of the body's closing brace when there is none
     */
    void mode(boolean full, long line);
}
