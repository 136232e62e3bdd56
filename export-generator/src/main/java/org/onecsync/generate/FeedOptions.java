package org.onecsync.generate;

import java.util.Objects;

/**
 * What {@link FeedGenerator} writes. The same options always give byte-identical files.
 *
 * @param format the feed's format
 * @param products how many products, at least 1
 * @param seed the seed every value is derived from; product {@code i} is the same product the CommerceML
 *     export of the same seed has at position {@code i}
 */
public record FeedOptions(FeedFormat format, int products, long seed) {

    /**
     * Checks the options.
     *
     * @param format the feed's format
     * @param products how many products, at least 1
     * @param seed the seed
     * @throws IllegalArgumentException if {@code products} is below 1
     */
    public FeedOptions {
        Objects.requireNonNull(format, "format");
        if (products < 1) {
            throw new IllegalArgumentException("products must be at least 1, not " + products);
        }
    }
}
