package org.onecsync.sync;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How many skipped records an import tolerates before it fails and rolls back instead of committing a
 * partial result: none (the default: every skip is reported, the import still commits), a count, or a
 * percentage of the records the import read.
 *
 * <p><b>Records read</b> are the records of the import's {@link ImportKind} that were read from the export:
 * those applied (created, updated, unchanged or deleted) and those skipped (invalid, unreadable, or referring to
 * something unknown), each time it occurs. Records of other kinds, which the import ignores, do not count.
 *
 * @param maxCount the most records that may be skipped, or {@code -1} for no count limit
 * @param maxPercent the largest share of the records read, in percent, that may be skipped, or {@code null}
 */
public record SkipLimit(long maxCount, BigDecimal maxPercent) {

    private static final SkipLimit NONE = new SkipLimit(-1, null);

    /**
     * Creates a limit; {@link #none()}, {@link #count}, {@link #percent} and {@link #parse} are the usual way.
     *
     * @param maxCount the most records that may be skipped, or {@code -1} for no count limit
     * @param maxPercent the largest share of the records read, in percent, that may be skipped, or {@code null}
     * @throws IllegalArgumentException if {@code maxCount} is below -1 or {@code maxPercent} is outside 0–100
     */
    public SkipLimit {
        if (maxCount < -1) {
            throw new IllegalArgumentException("maxCount must be -1 (no limit) or at least 0, not " + maxCount);
        }
        if (maxPercent != null && (maxPercent.signum() < 0 || maxPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("maxPercent must be between 0 and 100, not " + maxPercent);
        }
    }

    /** {@return a limit that never fails an import: one with skipped records commits with status partial} */
    public static SkipLimit none() {
        return NONE;
    }

    /**
     * @param max the most records that may be skipped, at least 0
     * @return the limit
     */
    public static SkipLimit count(long max) {
        if (max < 0) {
            throw new IllegalArgumentException("a count of skipped records must not be negative, not " + max);
        }
        return new SkipLimit(max, null);
    }

    /**
     * A limit on the share of the records read that may be skipped.
     *
     * @param max the largest share of the records read, in percent (0–100)
     * @return the limit
     * @throws IllegalArgumentException if {@code max} is below 0 or above 100
     */
    public static SkipLimit percent(BigDecimal max) {
        return new SkipLimit(-1, Objects.requireNonNull(max, "max"));
    }

    /**
     * Reads a limit as people write it: {@code 100} (a count) or {@code 5%} (a share of the records read).
     *
     * @param text the limit
     * @return the limit
     * @throws IllegalArgumentException with a message for a person when the text is neither
     */
    public static SkipLimit parse(String text) {
        String value = text.strip();
        try {
            if (value.endsWith("%")) {
                return percent(new BigDecimal(value.substring(0, value.length() - 1).strip()));
            }
            return count(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is neither a count (100) nor a percentage (5%)", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "': " + e.getMessage(), e);
        }
    }

    /**
     * @param skipped records skipped
     * @param read records read (applied and skipped)
     * @return whether the skips exceed this limit
     */
    public boolean exceeded(long skipped, long read) {
        if (maxCount >= 0 && skipped > maxCount) {
            return true;
        }
        return maxPercent != null && read > 0
                && BigDecimal.valueOf(skipped).multiply(BigDecimal.valueOf(100))
                        .compareTo(maxPercent.multiply(BigDecimal.valueOf(read))) > 0;
    }

    /** The limit as a person writes it: {@code 100}, {@code 5%}, or {@code none}. */
    @Override
    public String toString() {
        if (maxCount >= 0) {
            return Long.toString(maxCount);
        }
        return maxPercent != null ? maxPercent.stripTrailingZeros().toPlainString() + "%" : "none";
    }
}
