package org.onecsync.csv.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads numbers as Russian and English spreadsheets write them: {@code 1 234,50}, {@code 1234.50},
 * {@code 1,234.50}, grouped by space, NBSP or narrow NBSP, with a currency before or after.
 */
final class DecimalParser {

    /** A currency word or sign at the end, with the spaces before it: {@code руб.}, {@code р.}, {@code ₽}, {@code USD}. */
    private static final Pattern TRAILING_CURRENCY = Pattern.compile(
            "[\\s\\u00A0\\u202F]*(?iu:руб\\.?|рублей|р\\.|р|₽|rub|rur|usd|eur|kzt|byn|uah|тг|грн\\.?|\\$|€)$");

    /** A currency sign at the start: {@code $12.50}. */
    private static final Pattern LEADING_CURRENCY = Pattern.compile("^[$€₽][\\s\\u00A0\\u202F]*");

    /** Spaces that group digits: space, NBSP (U+00A0), narrow NBSP (U+202F), thin space (U+2009). */
    private static final Pattern GROUPING_SPACES = Pattern.compile("[ \\u00A0\\u202F\\u2009]");

    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** {@code ','} or {@code '.'}, or 0 to take whichever the value uses. */
    private final char decimalSeparator;

    DecimalParser(Character decimalSeparator) {
        this.decimalSeparator = decimalSeparator == null ? 0 : decimalSeparator;
    }

    /**
     * Parses a cell.
     *
     * @param text the cell, not blank
     * @return the number
     * @throws NumberFormatException when the cell is not a number; the message is for a person
     */
    BigDecimal parse(String text) {
        String s = text.strip();
        s = TRAILING_CURRENCY.matcher(s).replaceFirst("");
        s = LEADING_CURRENCY.matcher(s).replaceFirst("");
        s = GROUPING_SPACES.matcher(s).replaceAll("");
        char decimal = decimalSeparator != 0 ? decimalSeparator : guessDecimal(s);
        char grouping = decimal == ',' ? '.' : ',';
        if (s.indexOf(grouping) >= 0 && !wellGrouped(s, decimal, grouping)) {
            // "1,2,3" or "1,5" read with a dot decimal: dropping the commas would invent 123 or 15.
            throw new NumberFormatException("'" + text + "' is not a number");
        }
        s = s.replace(String.valueOf(grouping), "");
        s = s.replace(decimal, '.');
        if (!PLAIN.matcher(s).matches()) {
            throw new NumberFormatException("'" + text + "' is not a number");
        }
        return new BigDecimal(s);
    }

    /** {@return whether the grouping signs split the integer part into thousands, and only that part} */
    private static boolean wellGrouped(String s, char decimal, char grouping) {
        int end = s.indexOf(decimal);
        String integer = end < 0 ? s : s.substring(0, end);
        if (end >= 0 && s.indexOf(grouping, end) >= 0) {
            return false;
        }
        return Pattern.matches("-?\\d{1,3}(" + Pattern.quote(String.valueOf(grouping)) + "\\d{3})+", integer);
    }

    /**
     * With both signs present the last one is the decimal ({@code 1.234,50}, {@code 1,234.50}); a sign that
     * occurs more than once groups ({@code 1,234,567}); a single one is the decimal ({@code 1234,50}).
     */
    private static char guessDecimal(String s) {
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            return comma > dot ? ',' : '.';
        }
        if (comma >= 0) {
            return s.indexOf(',') == comma ? ',' : '.';
        }
        return '.';
    }
}
