package org.onecsync.order.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.onecsync.order.InvalidOrderException;

/** Reads the scalar values of an order's JSON, and names the place of a problem (line, column, JSON pointer). */
public final class JsonValues {

    private JsonValues() {
    }

    static String text(JsonParser in) throws IOException {
        JsonToken t = in.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) {
            return in.getText();
        }
        throw invalid(in, "expected a string");
    }

    static BigDecimal number(JsonParser in) throws IOException {
        JsonToken t = in.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return in.getDecimalValue();
        }
        if (t == JsonToken.VALUE_STRING) {
            try {
                return new BigDecimal(in.getText().strip());
            } catch (NumberFormatException e) {
                throw invalid(in, "not a number: \"" + in.getText() + "\"");
            }
        }
        throw invalid(in, "expected a number");
    }

    static boolean bool(JsonParser in) throws IOException {
        JsonToken t = in.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        throw invalid(in, "expected true or false");
    }

    static LocalDateTime date(JsonParser in) throws IOException {
        String value = text(in);
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay()
                    : LocalDateTime.parse(value.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw invalid(in, "not a date such as 2026-11-30T10:15:00: \"" + value + "\"");
        }
    }

    static Instant instant(JsonParser in) throws IOException {
        String value = text(in);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(in, "not an instant such as 2026-11-30T07:15:00Z: \"" + value + "\"");
        }
    }

    static void expect(JsonParser in, JsonToken token, String what) {
        if (in.currentToken() != token) {
            throw invalid(in, "expected " + what);
        }
    }

    /**
     * @param in the parser, standing where the problem is
     * @param what what is wrong
     * @return the exception naming the place
     */
    public static InvalidOrderException invalid(JsonParser in, String what) {
        return new InvalidOrderException(what + " at " + place(in.currentTokenLocation(),
                in.getParsingContext().pathAsPointer().toString()));
    }

    /**
     * @param at a location in the text
     * @param pointer the JSON pointer there, or {@code null}
     * @return {@code line L, column C (pointer)}
     */
    public static String place(JsonLocation at, String pointer) {
        String place = "line " + at.getLineNr() + ", column " + at.getColumnNr();
        return pointer == null || pointer.isEmpty() ? place : place + " (" + pointer + ")";
    }
}
