package org.onecsync.json.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.onecsync.sync.StoreLimits;

/**
 * Numbers as 1C writes them into JSON strings: {@code "100.50"}, {@code "1234,50"}, {@code "1 234,50"} with a
 * space, NBSP (U+00A0) or narrow NBSP (U+202F) between digit groups. Parsed into {@link BigDecimal} from the
 * text, never through {@code double}, so {@code 0.1} stays {@code 0.1}.
 */
final class JsonNumbers {

    /** Digits, one optional decimal point or comma; a sign only in front. Exponents are a JSON-number thing. */
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");
    /**
     * The store's limits: a value beyond them would be refused by the engine without the product's index, so it
     * is refused here with it (and {@code 1e999999999} would explode on output anyway).
     */
    private static final int MAX_INTEGER_DIGITS = StoreLimits.MAX_INTEGER_DIGITS;
    private static final int MAX_FRACTION_DIGITS = StoreLimits.MAX_FRACTION_DIGITS;

    private JsonNumbers() {
    }

    /**
     * Parses a number sent as a string.
     *
     * @param text the string's content
     * @return the number, or {@code null} when the text is not one
     */
    static BigDecimal parse(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        String trimmed = text.strip();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            // Grouping separators only between digits; "1 2" is accepted as 12 like every spreadsheet does.
            if (c == ' ' || c == '\u00A0' || c == '\u202F') {
                continue;
            }
            sb.append(c);
        }
        String plain = sb.toString();
        if (!PLAIN.matcher(plain).matches()) {
            return null;
        }
        return new BigDecimal(plain.replace(',', '.'));
    }

    /**
     * {@return why the value is out of the range a price or quantity can take, or {@code null} when in range}
     *
     * @param value the value
     */
    static String outOfRange(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        int fraction = Math.max(stripped.scale(), 0);
        int integer = stripped.precision() - stripped.scale();
        if (integer > MAX_INTEGER_DIGITS) {
            return "is too large (more than " + MAX_INTEGER_DIGITS + " digits before the decimal point)";
        }
        if (fraction > MAX_FRACTION_DIGITS) {
            return "has more than " + MAX_FRACTION_DIGITS + " digits after the decimal point";
        }
        return null;
    }
}
