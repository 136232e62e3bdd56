package org.onecsync.csv.internal;

import java.util.Locale;
import java.util.Set;

/** Reads the yes/no spellings of 1C, Excel and English exports, in any case. */
final class BooleanParser {

    private static final Set<String> TRUE = Set.of("да", "истина", "1", "true", "yes", "y", "д");
    private static final Set<String> FALSE = Set.of("нет", "ложь", "0", "false", "no", "n", "н");

    private BooleanParser() {
    }

    /**
     * Parses a cell.
     *
     * @param text the cell, not blank
     * @return the value
     * @throws IllegalArgumentException when the cell is none of the known spellings
     */
    static boolean parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(s)) {
            return true;
        }
        if (FALSE.contains(s)) {
            return false;
        }
        throw new IllegalArgumentException("'" + text + "' is not a yes/no value (Да/Нет, ИСТИНА/ЛОЖЬ, 1/0,"
                + " true/false, Yes/No)");
    }
}
