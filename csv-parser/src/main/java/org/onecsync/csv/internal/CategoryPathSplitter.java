package org.onecsync.csv.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a category cell into its path from the root. Without a configured separator it looks, in each value,
 * for {@code " > "}, {@code " / "} and {@code "|"} in that order; a bare {@code /} is not a separator, since
 * names like {@code Болты/гайки} are common.
 */
final class CategoryPathSplitter {

    private static final String[] SNIFFED = {" > ", " / ", "|"};

    /** The configured separator, or {@code null} to sniff. */
    private final String separator;

    CategoryPathSplitter(String separator) {
        this.separator = separator;
    }

    /** {@return the path's levels, trimmed, empty levels dropped} */
    List<String> split(String cell) {
        // A sniffed separator is split on with its spaces, so "Крепёж / Болты/гайки" keeps "Болты/гайки".
        String sep = separator;
        if (sep == null) {
            for (String candidate : SNIFFED) {
                if (cell.contains(candidate)) {
                    sep = candidate;
                    break;
                }
            }
        }
        List<String> path = new ArrayList<>();
        String[] parts = sep == null ? new String[] {cell} : cell.split(Pattern.quote(sep), -1);
        for (String part : parts) {
            String level = part.strip();
            if (!level.isEmpty()) {
                path.add(level);
            }
        }
        return path;
    }
}
