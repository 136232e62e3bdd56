package org.onecsync.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads the scalar values of one product, converting what 1C sends (numbers as strings, booleans as words).
 * A value of the wrong type is not a failure of the body: the first one is remembered as the product's
 * problem and the value is skipped whole (with its children), so the parser stays on the product's tokens
 * and the reader goes on with the next field.
 */
final class JsonValueReader {

    /**
     * Characters of text one product may hold: each string is already limited, but 10,000 characteristics of
     * 1 MiB each would not be one product in memory any more.
     */
    static final int MAX_PRODUCT_TEXT = 8 * 1024 * 1024;

    private final JsonParser parser;
    private String problemField;
    private String problemMessage;
    private long textHeld;

    JsonValueReader(JsonParser parser) {
        this.parser = parser;
    }

    /** Forgets the previous product's problem. */
    void reset() {
        problemField = null;
        problemMessage = null;
        textHeld = 0;
    }

    /**
     * Counts text the current product keeps; past {@link #MAX_PRODUCT_TEXT} the product is a problem and
     * nothing more of it is kept.
     *
     * @param field the field's path, for a problem
     * @param length the text's length
     * @return whether the text may be kept
     * @throws IOException when the parser fails
     */
    boolean keep(String field, int length) throws IOException {
        textHeld += length;
        if (textHeld <= MAX_PRODUCT_TEXT) {
            return true;
        }
        fault(field, "the product holds more than " + MAX_PRODUCT_TEXT + " characters of text");
        return false;
    }

    /** {@return the field of the first problem of the current product, or {@code null}} */
    String problemField() {
        return problemField;
    }

    /** {@return the first problem of the current product, or {@code null}} */
    String problemMessage() {
        return problemMessage;
    }

    /**
     * Records a problem of the current product (the first one wins: it is the one a person fixes first)
     * and skips the current value.
     *
     * @param field the field's path
     * @param message what is wrong
     * @throws IOException when the parser fails
     */
    void fault(String field, String message) throws IOException {
        if (problemField == null) {
            problemField = field;
            problemMessage = message;
        }
        JsonSkip.value(parser);
    }

    /**
     * Reads a text value; numbers and booleans are taken as written (a SKU may arrive as {@code 12345}).
     *
     * @param field the field's path, for a problem
     * @return the text, or {@code null} for JSON {@code null} or a wrong type
     * @throws IOException when the parser fails
     */
    String text(String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token.isScalarValue()) {
            String text = parser.getText();
            return keep(field, text.length()) ? text : null;
        }
        fault(field, "must be a string, not " + describe(token));
        return null;
    }

    /**
     * Reads a number: a JSON number, or a string with a decimal point or comma and grouping spaces.
     *
     * @param field the field's path, for a problem
     * @return the exact value, or {@code null} for JSON {@code null}, an empty string or a wrong value
     * @throws IOException when the parser fails
     */
    BigDecimal number(String field) throws IOException {
        JsonToken token = parser.currentToken();
        BigDecimal value;
        if (token == JsonToken.VALUE_NULL) {
            return null;
        } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            // Jackson builds the BigDecimal from the number's text: exact, never through double.
            value = parser.getDecimalValue();
        } else if (token == JsonToken.VALUE_STRING) {
            String text = parser.getText();
            if (text.isBlank()) {
                return null;
            }
            value = JsonNumbers.parse(text);
            if (value == null) {
                fault(field, "is not a number: \"" + clip(text) + "\"");
                return null;
            }
        } else {
            fault(field, "must be a number, not " + describe(token));
            return null;
        }
        String range = JsonNumbers.outOfRange(value);
        if (range != null) {
            fault(field, range);
            return null;
        }
        return value;
    }

    /**
     * Reads a boolean: JSON {@code true}/{@code false}, {@code 1}/{@code 0}, or a word ({@code "Да"}).
     *
     * @param field the field's path, for a problem
     * @return the boolean, or {@code null} for JSON {@code null}, an empty string or a wrong value
     * @throws IOException when the parser fails
     */
    Boolean bool(String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT) {
            String text = parser.getText();
            if (text.isBlank()) {
                return null;
            }
            Boolean value = JsonBooleans.parse(text);
            if (value == null) {
                fault(field, "is not a boolean: \"" + clip(text) + "\"");
            }
            return value;
        }
        fault(field, "must be a boolean, not " + describe(token));
        return null;
    }

    /** {@return the token as a person calls it, for a message} */
    static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }

    /** Keeps messages one short line whatever the feed sent. */
    static String clip(String text) {
        String line = text.replaceAll("\\R", " ");
        return line.length() <= 40 ? line : line.substring(0, 40) + "…";
    }
}
