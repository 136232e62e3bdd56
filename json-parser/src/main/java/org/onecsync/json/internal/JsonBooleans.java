package org.onecsync.json.internal;

import java.util.Locale;
import java.util.Set;

/** Booleans as 1C setups send them: JSON booleans, {@code 1}/{@code 0}, or words in Russian and English. */
final class JsonBooleans {

    private static final Set<String> TRUE = Set.of("true", "1", "да", "yes", "y", "истина");
    private static final Set<String> FALSE = Set.of("false", "0", "нет", "no", "n", "ложь");

    private JsonBooleans() {
    }

    /**
     * Reads a boolean word.
     *
     * @param text the string or number as written
     * @return the boolean, or {@code null} when the text is not one
     */
    static Boolean parse(String text) {
        String word = text.strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(word)) {
            return Boolean.TRUE;
        }
        if (FALSE.contains(word)) {
            return Boolean.FALSE;
        }
        return null;
    }
}
