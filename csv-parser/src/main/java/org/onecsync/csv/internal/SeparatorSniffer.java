package org.onecsync.csv.internal;

/**
 * Picks the separator from the first line read: the candidate that occurs most often outside quotes. Ties go
 * to the order {@code ; \t | ,} because a comma also turns up inside unquoted names and numbers, while the
 * others rarely do.
 */
final class SeparatorSniffer {

    private static final char[] CANDIDATES = {';', '\t', '|', ','};

    private SeparatorSniffer() {
    }

    /** {@return the separator of {@code line}; {@code ;} when none occurs (a one-column file)} */
    static char sniff(String line) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                // A doubled quote inside a quoted field toggles twice, so it needs no special case.
                quoted = !quoted;
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }
}
