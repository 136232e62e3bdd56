package org.onecsync.source;

/**
 * How much a zip source may expand to, so that a zip bomb fails fast instead of filling memory or disk.
 *
 * <p>Sizes are checked twice: against the sizes the zip declares, when it is opened, and against the bytes
 * actually inflated, while it is read, because a hostile zip can declare anything.
 *
 * @param maxEntrySize the most bytes one entry may expand to
 * @param maxTotalSize the most bytes all entries read from one source may expand to together
 * @param maxEntries the most entries (files and folders) the zip may hold
 */
public record ZipLimits(long maxEntrySize, long maxTotalSize, int maxEntries) {

    private static final long GIB = 1L << 30;

    /**
     * Checks that every limit is positive.
     *
     * @param maxEntrySize the most bytes one entry may expand to
     * @param maxTotalSize the most bytes all entries read from one source may expand to together
     * @param maxEntries the most entries (files and folders) the zip may hold
     * @throws IllegalArgumentException if a limit is zero or negative
     */
    public ZipLimits {
        if (maxEntrySize <= 0) {
            throw new IllegalArgumentException("maxEntrySize must be positive, was " + maxEntrySize);
        }
        if (maxTotalSize <= 0) {
            throw new IllegalArgumentException("maxTotalSize must be positive, was " + maxTotalSize);
        }
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("maxEntries must be positive, was " + maxEntries);
        }
    }

    /**
     * Limits generous enough for any real 1C export: 4 GiB per entry, 16 GiB in total, 100,000 entries.
     *
     * @return the default limits
     */
    public static ZipLimits defaults() {
        return new ZipLimits(4 * GIB, 16 * GIB, 100_000);
    }
}
