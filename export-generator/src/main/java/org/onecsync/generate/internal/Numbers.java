package org.onecsync.generate.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * Formats numbers, money, version stamps and dates the way 1C writes them: a plain {@code .} decimal in
 * property values and {@code ЦенаЗаЕдиницу}; a {@code ,} decimal with non-breaking-space (U+00A0)
 * thousands separators in characteristics and in {@code Представление}.
 */
public final class Numbers {

    /** The non-breaking space 1C puts between thousands. */
    public static final String NBSP = "\u00A0";
    /** 1C's "no value" sentinel for numbers, as written in property values. */
    public static final String SENTINEL_PLAIN = "-999999999.9";
    /** The same sentinel as written in characteristics. */
    public static final String SENTINEL_GROUPED = group(-9_999_999_999L, 1);

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private Numbers() {
    }

    /**
     * @param unscaled the value times 10<sup>scale</sup>
     * @param scale the number of decimals in {@code unscaled}
     * @return the plain form: {@code 21.6}, {@code 40}, {@code -999999999.9} (trailing zeros dropped)
     */
    public static String plain(long unscaled, int scale) {
        return format(unscaled, scale, '.', "", false);
    }

    /**
     * @param unscaled the value times 10<sup>scale</sup>
     * @param scale the number of decimals in {@code unscaled}
     * @return the 1C presentation: {@code 21,6}, {@code 1 250}, {@code -999 999 999,9} (NBSP separators)
     */
    public static String group(long unscaled, int scale) {
        return format(unscaled, scale, ',', NBSP, false);
    }

    /**
     * @param kopecks an amount in kopecks
     * @return {@code ЦенаЗаЕдиницу}: {@code 6990} or {@code 4625.5}
     */
    public static String price(long kopecks) {
        return plain(kopecks, 2);
    }

    /**
     * @param kopecks an amount in kopecks
     * @return {@code Представление}: {@code 6 990 руб} or {@code 4 625,50 руб} (NBSP separators)
     */
    public static String pricePresentation(long kopecks) {
        return format(kopecks, 2, ',', NBSP, kopecks % 100 != 0) + " руб";
    }

    /**
     * @param version a version counter
     * @return a {@code НомерВерсии} stamp: the base64 of the counter as 8 big-endian bytes
     *     ({@code AAAAAAAAAAE=} for 1)
     */
    public static String versionStamp(long version) {
        byte[] bytes = new byte[8];
        for (int i = 7; i >= 0; i--) {
            bytes[i] = (byte) version;
            version >>>= 8;
        }
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * @param time a local date-time with whole seconds
     * @return {@code 2025-09-12T21:25:37}
     */
    public static String dateTime(LocalDateTime time) {
        return DATE_TIME.format(time);
    }

    private static String format(long unscaled, int scale, char decimalSeparator, String groupSeparator,
            boolean keepZeros) {
        StringBuilder out = new StringBuilder(24);
        if (unscaled < 0) {
            out.append('-');
            unscaled = -unscaled;
        }
        long factor = 1;
        for (int i = 0; i < scale; i++) {
            factor *= 10;
        }
        String whole = Long.toString(unscaled / factor);
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(groupSeparator);
            }
            out.append(whole.charAt(i));
        }
        long fraction = unscaled % factor;
        if (scale > 0 && (fraction != 0 || keepZeros)) {
            StringBuilder digits = new StringBuilder(Long.toString(fraction + factor).substring(1));
            if (!keepZeros) {
                while (digits.charAt(digits.length() - 1) == '0') {
                    digits.setLength(digits.length() - 1);
                }
            }
            out.append(decimalSeparator).append(digits);
        }
        return out.toString();
    }
}
