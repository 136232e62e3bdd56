package org.onecsync.commerceml.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value rules of real 1C files: padded text, "no value" markers, decimal commas with (non-breaking)
 * space separators, and sloppy dates.
 */
final class Values {

    /** 1C's "no value" for references. */
    static final String ZERO_GUID = "00000000-0000-0000-0000-000000000000";

    private static final BigDecimal SENTINEL = new BigDecimal("-999999999.9");
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?(?:\\.\\d+)?)?.*");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?.*");

    private Values() {
    }

    /** Trims spaces (non-breaking ones too); empty becomes {@code null}. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(raw.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return null;
        }
        return start == 0 && end == raw.length() ? raw : raw.substring(start, end);
    }

    private static boolean isSpace(char ch) {
        return ch <= ' ' || ch == '\u00A0' || ch == '\u202F' || ch == '\u2007';
    }

    /** A reference: cleaned, and the zero GUID read as "no value". */
    static String ref(String raw) {
        String value = clean(raw);
        return ZERO_GUID.equals(value) ? null : value;
    }

    /**
     * A property or characteristic value: cleaned; the zero GUID and the numeric sentinel become {@code null};
     * a number written with a decimal comma or space separators becomes a plain decimal ({@code 21,6} →
     * {@code 21.6}); anything else stays as written.
     */
    static String value(String raw) {
        String value = ref(raw);
        if (value == null) {
            return null;
        }
        char first = value.charAt(0);
        if ((first == '-' || first >= '0' && first <= '9') && isNumber(value)) {
            BigDecimal number = parseNumber(value);
            if (number.compareTo(SENTINEL) == 0) {
                return null;
            }
            boolean plain = value.indexOf(',') < 0 && value.indexOf(' ') < 0 && value.indexOf('\u00A0') < 0
                    && value.indexOf('\u202F') < 0;
            return plain ? value : number.toPlainString();
        }
        return value;
    }

    /**
     * Whether text is a number as 1C writes one: {@code -1234.5}, {@code 21,6}, {@code -999 999 999,9} (groups of
     * three digits separated by spaces or non-breaking spaces). Hand-written because it runs on every property
     * value of every product, and most of those are GUIDs that start with a digit.
     */
    static boolean isNumber(String text) {
        int i = text.charAt(0) == '-' ? 1 : 0;
        int n = text.length();
        int run = 0;
        boolean grouped = false;
        for (; i < n; i++) {
            char ch = text.charAt(i);
            if (ch >= '0' && ch <= '9') {
                run++;
            } else if (ch == ' ' || ch == '\u00A0' || ch == '\u202F') {
                if (run == 0 || run > 3 && !grouped || grouped && run != 3) {
                    return false;
                }
                grouped = true;
                run = 0;
            } else {
                break;
            }
        }
        if (run == 0 || grouped && run != 3) {
            return false;
        }
        if (i == n) {
            return true;
        }
        char separator = text.charAt(i);
        if ((separator != '.' && separator != ',') || i + 1 == n) {
            return false;
        }
        for (i++; i < n; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * A decimal amount or quantity.
     *
     * @return the number, or {@code null} when empty or the numeric sentinel
     * @throws NumberFormatException if it is not a number
     */
    static BigDecimal decimal(String raw) {
        String value = clean(raw);
        if (value == null) {
            return null;
        }
        BigDecimal number = parseNumber(value);
        return number.compareTo(SENTINEL) == 0 ? null : number;
    }

    private static BigDecimal parseNumber(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == ',') {
                sb.append('.');
            } else if (!isSpace(ch)) {
                sb.append(ch);
            }
        }
        return new BigDecimal(sb.toString());
    }

    /** {@code true} only for a literal {@code true} (any case); {@code null} for empty. */
    static Boolean bool(String raw) {
        String value = clean(raw);
        return value == null ? null : Boolean.valueOf(value.equalsIgnoreCase("true") || value.equals("1"));
    }

    /** Whether a {@code Статус} says "deleted" (2.05 element, 2.07+ attribute). */
    static boolean deletedStatus(String raw) {
        String value = clean(raw);
        return value != null && (value.equalsIgnoreCase("Удален") || value.equalsIgnoreCase("Удалён"));
    }

    /**
     * A date, optionally with a time in the same text or a separate one: {@code 2014-06-01T0:36:33},
     * {@code 2007-10-30} plus {@code 15:19:27}. 1C's empty date {@code 0001-01-01} is {@code null}.
     *
     * @return the date and time, or {@code null} when empty or unreadable
     */
    static LocalDateTime dateTime(String rawDate, String rawTime) {
        String date = clean(rawDate);
        if (date == null) {
            return null;
        }
        Matcher d = DATE.matcher(date);
        if (!d.matches()) {
            return null;
        }
        int year = Integer.parseInt(d.group(1));
        if (year <= 1) {
            return null;
        }
        int hour = 0;
        int minute = 0;
        int second = 0;
        if (d.group(4) != null) {
            hour = Integer.parseInt(d.group(4));
            minute = Integer.parseInt(d.group(5));
            second = d.group(6) == null ? 0 : Integer.parseInt(d.group(6));
        } else if (clean(rawTime) != null) {
            Matcher t = TIME.matcher(clean(rawTime));
            if (t.matches()) {
                hour = Integer.parseInt(t.group(1));
                minute = Integer.parseInt(t.group(2));
                second = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
            }
        }
        try {
            return LocalDateTime.of(year, Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)),
                    hour, minute, second);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
