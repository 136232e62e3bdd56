package org.onecsync.generate;

/**
 * What {@link ExportGenerator} generates. The same options always produce byte-identical files.
 *
 * @param products how many products, at least 1
 * @param seed the seed every id, name, price and date is derived from
 * @param productsPerFile how many products a goods page holds (and the products whose offers, prices
 *     and stock a page of offers, prices and rests holds), at least 1; 1C uses 1,000
 * @param full whether the packages say they are full ({@code СодержитТолькоИзменения="false"}) rather
 *     than partial
 * @param revision 0 for the first export; each later revision is dated a day later and changes the
 *     prices of every 10th offer and the stock of every 5th, leaving everything else as it was
 */
public record GeneratorOptions(int products, long seed, int productsPerFile, boolean full, int revision) {

    /** The seed used when none is given. */
    public static final long DEFAULT_SEED = 1;
    /** How many products a goods page holds by default, as in 1C's exports. */
    public static final int DEFAULT_PRODUCTS_PER_FILE = 1000;

    /**
     * Checks the options.
     *
     * @param products how many products, at least 1
     * @param seed the seed
     * @param productsPerFile how many products a goods page holds, at least 1
     * @param full whether the packages are full
     * @param revision the revision, at least 0
     * @throws IllegalArgumentException if a count is out of range
     */
    public GeneratorOptions {
        if (products < 1) {
            throw new IllegalArgumentException("products must be at least 1, not " + products);
        }
        if (productsPerFile < 1) {
            throw new IllegalArgumentException("productsPerFile must be at least 1, not " + productsPerFile);
        }
        if (revision < 0) {
            throw new IllegalArgumentException("revision must not be negative, not " + revision);
        }
    }

    /**
     * A partial first export of 1,000-product pages.
     *
     * @param products how many products, at least 1
     * @param seed the seed
     * @return the options
     */
    public static GeneratorOptions of(int products, long seed) {
        return new GeneratorOptions(products, seed, DEFAULT_PRODUCTS_PER_FILE, false, 0);
    }

    /**
     * @param perFile how many products a goods page holds, at least 1
     * @return these options with another page size
     */
    public GeneratorOptions withProductsPerFile(int perFile) {
        return new GeneratorOptions(products, seed, perFile, full, revision);
    }

    /**
     * @param isFull whether the packages are full
     * @return these options, full or partial
     */
    public GeneratorOptions withFull(boolean isFull) {
        return new GeneratorOptions(products, seed, productsPerFile, isFull, revision);
    }

    /**
     * @param newRevision the revision, at least 0
     * @return these options at another revision
     */
    public GeneratorOptions withRevision(int newRevision) {
        return new GeneratorOptions(products, seed, productsPerFile, full, newRevision);
    }
}
