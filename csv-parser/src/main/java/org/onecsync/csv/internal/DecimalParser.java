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
        BigDecimal plain = plain(s);
        if (plain != null) {
            return plain;
        }
        // The patterns cost more than the rest of a row: run each only where the cell can need it.
        if (!s.isEmpty() && !Character.isDigit(s.charAt(s.length() - 1))) {
            s = TRAILING_CURRENCY.matcher(s).replaceFirst("");
        }
        if (!s.isEmpty() && !Character.isDigit(s.charAt(0)) && s.charAt(0) != '-') {
            s = LEADING_CURRENCY.matcher(s).replaceFirst("");
        }
        if (hasGroupingSpace(s)) {
            s = GROUPING_SPACES.matcher(s).replaceAll("");
        }
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

    /**
     * The common case without a pattern: ASCII digits with an optional leading minus and at most one decimal
     * sign between digits ({@code 1234,50}, {@code 7}); a sign other than the configured decimal is left to
     * the full rules.
     *
     * @return the number, or {@code null} when the cell needs the full rules
     */
    private BigDecimal plain(String s) {
        int length = s.length();
        int start = length > 0 && s.charAt(0) == '-' ? 1 : 0;
        int sign = -1;
        for (int i = start; i < length; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                continue;
            }
            if ((c == ',' || c == '.') && sign < 0 && i > start && i < length - 1
                    && (decimalSeparator == 0 || c == decimalSeparator)) {
                sign = i;
                continue;
            }
            return null;
        }
        if (start == length) {
            return null;
        }
        return new BigDecimal(sign < 0 || s.charAt(sign) == '.' ? s : s.replace(',', '.'));
    }

    private static boolean hasGroupingSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009') {
                return true;
            }
        }
        return false;
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
