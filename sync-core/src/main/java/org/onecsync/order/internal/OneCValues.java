package org.onecsync.order.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Reads the values 1C writes into order requisites: its booleans and its several date forms. */
public final class OneCValues {

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]", Locale.ROOT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss]", Locale.ROOT),
            DateTimeFormatter.ofPattern("d.MM.uuuu H:mm[:ss]", Locale.ROOT));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT),
            DateTimeFormatter.ofPattern("d.MM.uuuu", Locale.ROOT));

    private OneCValues() {
    }

    /**
     * @param value {@code true}, {@code false}, {@code Да} or {@code Нет}, in any case and with spaces around, or
     *              {@code null}
     * @return the boolean, or {@code null} when the value is empty or none of these
     */
    public static Boolean bool(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "да" -> Boolean.TRUE;
            case "false", "нет" -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * @param value a date and time as 1C writes it ({@code 2015-08-12 13:38:17}, {@code 2015-08-12T13:38:17},
     *              {@code 12.08.2015 3:38:17}) or a date alone ({@code 2015-08-12}, {@code 12.08.2015}), padded
     *              with spaces or not, or {@code null}
     * @return the date and time (midnight for a date alone), or {@code null} when empty, 1C's empty date
     *         ({@code 0001-01-01}) or none of these forms
     */
    public static LocalDateTime dateTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        LocalDateTime result = null;
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                result = LocalDateTime.parse(text, format);
                break;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        if (result == null) {
            for (DateTimeFormatter format : DATES) {
                try {
                    result = LocalDate.parse(text, format).atTime(LocalTime.MIDNIGHT);
                    break;
                } catch (DateTimeParseException e) {
                    // try the next form
                }
            }
        }
        return result == null || result.getYear() <= 1 ? null : result;
    }
}
