package org.onecsync.feed;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a feed's category text into its path from the root, the one rule for CSV and JSON. Without a
 * configured separator it looks, in each value, for {@code " > "}, {@code " / "} and {@code "|"} in that
 * order; a bare {@code /} is not a separator, since names like {@code Болты/гайки} are common.
 */
public final class CategoryPaths {

    private static final String[] SNIFFED = {" > ", " / ", "|"};

    private CategoryPaths() {
    }

    /**
     * Splits a category text.
     *
     * @param text the text as written ({@code Инструмент / Наборы})
     * @param separator the separator, or {@code null} to sniff one
     * @return the path's levels, trimmed, empty levels dropped; empty for a blank text
     */
    public static List<String> split(String text, String separator) {
        // A sniffed separator is split on with its spaces, so "Крепёж / Болты/гайки" keeps "Болты/гайки".
        String sep = separator;
        if (sep == null) {
            for (String candidate : SNIFFED) {
                if (text.contains(candidate)) {
                    sep = candidate;
                    break;
                }
            }
        }
        List<String> path = new ArrayList<>();
        if (sep == null || sep.isEmpty()) {
            add(path, text);
            return path;
        }
        // indexOf, not String.split: a separator of more than one character would compile a pattern per call.
        int from = 0;
        for (int at = text.indexOf(sep); at >= 0; at = text.indexOf(sep, from)) {
            add(path, text.substring(from, at));
            from = at + sep.length();
        }
        add(path, text.substring(from));
        return path;
    }

    private static void add(List<String> path, String part) {
        String level = part.strip();
        if (!level.isEmpty()) {
            path.add(level);
        }
    }
}
