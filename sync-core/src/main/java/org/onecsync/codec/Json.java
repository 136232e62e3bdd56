package org.onecsync.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The Jackson plumbing shared by the codec: one factory configured for the canonical text, and small helpers
 * to write optional fields and to read scalars, objects and lists leniently (keys in any order, unknown keys
 * skipped, absent or {@code null} lists empty).
 */
final class Json {

    /**
     * Jackson's factory: nothing between root values (a thread's generator writes one after another), no
     * practical limits on numbers or texts when reading.
     */
    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .rootValueSeparator((String) null)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNumberLength(Integer.MAX_VALUE)
                    .maxStringLength(Integer.MAX_VALUE)
                    .build())
            .build();

    private Json() {
    }

    /** Writes one JSON value. */
    @FunctionalInterface
    interface Writing<T> {
        void write(JsonGenerator out, T value) throws IOException;
    }

    /** Reads one JSON value, the parser standing on its first token. */
    @FunctionalInterface
    interface Reading<T> {
        T read(JsonParser in) throws IOException;
    }

    /** Each thread's generator, reused: creating one per text costs more than writing a small record. */
    private static final ThreadLocal<Output> OUTPUT = ThreadLocal.withInitial(Output::new);

    /** A thread's output is dropped after a text longer than this, so that it does not hold a big buffer. */
    private static final int KEPT_CAPACITY = 1 << 16;

    /**
     * Writes a value into a string, with this thread's generator. Not reentrant: {@code writing} must not call
     * this method.
     *
     * @param value the value
     * @param writing how
     * @return its JSON text
     */
    static <T> String write(T value, Writing<T> writing) {
        Output output = OUTPUT.get();
        boolean reusable = false;
        try {
            writing.write(output.generator, value);
            output.generator.flush();
            String text = output.take();
            reusable = output.capacity() <= KEPT_CAPACITY;
            return text;
        } catch (IOException e) {
            // A string buffer cannot fail; Jackson only refuses misuse.
            throw new UncheckedIOException(e);
        } finally {
            if (!reusable) {
                // After a failure the generator may be inside an object; start the next text afresh.
                OUTPUT.remove();
            }
        }
    }

    /**
     * Reads a whole text as one value.
     *
     * @param json the text
     * @param what what it holds, for messages
     * @param reading how
     * @return the value
     * @throws IllegalArgumentException if the text is not such a value
     */
    static <T> T read(String json, String what, Reading<T> reading) {
        try (JsonParser in = FACTORY.createParser(json)) {
            if (in.nextToken() == null) {
                throw new IllegalArgumentException("no JSON for " + what);
            }
            T value = reading.read(in);
            if (in.nextToken() != null) {
                throw new IllegalArgumentException("unexpected text after the JSON of " + what + " (at character "
                        + in.currentTokenLocation().getCharOffset() + ")");
            }
            return value;
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null || e.getLocation().getCharOffset() < 0 ? ""
                    : " (at character " + e.getLocation().getCharOffset() + ")";
            throw new IllegalArgumentException("malformed JSON for " + what + ": " + e.getOriginalMessage() + at, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- writing ----------------------------------------------------------------------------------------

    static void string(JsonGenerator out, String name, String value) throws IOException {
        if (value != null) {
            out.writeFieldName(name);
            text(out, value);
        }
    }

    static void number(JsonGenerator out, String name, BigDecimal value) throws IOException {
        if (value != null) {
            out.writeFieldName(name);
            out.writeNumber(value.toPlainString());
        }
    }

    static void bool(JsonGenerator out, String name, boolean value) throws IOException {
        out.writeFieldName(name);
        out.writeBoolean(value);
    }

    static void bool(JsonGenerator out, String name, Boolean value) throws IOException {
        if (value != null) {
            bool(out, name, value.booleanValue());
        }
    }

    static <T> void object(JsonGenerator out, String name, T value, Writing<T> writing) throws IOException {
        if (value != null) {
            out.writeFieldName(name);
            writing.write(out, value);
        }
    }

    static <T> void list(JsonGenerator out, String name, List<T> values, Writing<T> element) throws IOException {
        if (values != null) {
            out.writeFieldName(name);
            array(out, values, element);
        }
    }

    static <T> void array(JsonGenerator out, List<T> values, Writing<T> element) throws IOException {
        out.writeStartArray();
        if (values != null) {
            for (int i = 0, n = values.size(); i < n; i++) {
                element.write(out, values.get(i));
            }
        }
        out.writeEndArray();
    }

    /**
     * Writes a string with the canonical escaping. Jackson's own escaping matches it for {@code "}, {@code \\},
     * newline, carriage return and tab and leaves every other character from U+0020 up as it is; the rare text
     * that holds another control character or U+2028/U+2029 (which Jackson writes differently or not at all)
     * is escaped here and written raw.
     */
    static void text(JsonGenerator out, String value) throws IOException {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if ((c < 0x20 || c == '\u2028' || c == '\u2029') && c != '\n' && c != '\r' && c != '\t') {
                out.writeRawValue(escaped(value));
                return;
            }
        }
        out.writeString(value);
    }

    /** The canonical JSON literal of a text, quotes included. */
    private static String escaped(String value) {
        StringBuilder literal = new StringBuilder(value.length() + 16).append('"');
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        literal.append("\\u").append(HEX[c >> 12]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                                .append(HEX[c & 0xF]);
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return literal.append('"').toString();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    // ---- reading ----------------------------------------------------------------------------------------

    /**
     * Steps into an object: {@code false} for {@code null}, {@code true} for an object.
     *
     * @throws JsonProcessingException for anything else
     */
    static boolean enterObject(JsonParser in, String what) throws IOException {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        if (token != JsonToken.START_OBJECT) {
            throw unexpected(in, what, "an object");
        }
        return true;
    }

    /**
     * Moves to the next field of the current object and onto its value.
     *
     * @return the field's name, or {@code null} at the object's end
     */
    static String nextField(JsonParser in) throws IOException {
        if (in.nextToken() != JsonToken.FIELD_NAME) {
            return null;
        }
        String name = in.currentName();
        in.nextToken();
        return name;
    }

    /** Skips the current value (an unknown field's). */
    static void skip(JsonParser in) throws IOException {
        in.skipChildren();
    }

    /** A string, or {@code null}; other scalars are taken as their text. */
    static String text(JsonParser in) throws IOException {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return in.getText();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != null && token.isScalarValue()) {
            return in.getText();
        }
        throw unexpected(in, "a text", "a string");
    }

    /** A decimal exactly as written (scale kept), from a number or a numeric string; {@code null} for null. */
    static BigDecimal decimal(JsonParser in) throws IOException {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                || token == JsonToken.VALUE_STRING) {
            String text = in.getText();
            try {
                return new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                throw new JsonParseFailure(in, "'" + text + "' is not a decimal number");
            }
        }
        throw unexpected(in, "a decimal", "a number");
    }

    /** {@code true}, {@code false}, or {@code null} (also for an absent value). */
    static Boolean bool(JsonParser in) throws IOException {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = in.getText();
            if (text.equals("true") || text.equals("false")) {
                return Boolean.valueOf(text);
            }
        }
        throw unexpected(in, "a flag", "true or false");
    }

    /** A flag where {@code null} means {@code false}. */
    static boolean flag(JsonParser in) throws IOException {
        return bool(in) == Boolean.TRUE;
    }

    /** A list; {@code null} gives an empty list. Elements must not be {@code null}. */
    static <T> List<T> list(JsonParser in, String what, Reading<T> element) throws IOException {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (token != JsonToken.START_ARRAY) {
            throw unexpected(in, what, "an array");
        }
        List<T> values = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            T value = element.read(in);
            if (value == null) {
                throw new JsonParseFailure(in, what + " may not hold null");
            }
            values.add(value);
        }
        return values;
    }

    /**
     * A failure to read a well-formed value of the wrong shape or content.
     *
     * @param in the parser, for the location
     * @param message what is wrong
     * @return the exception to throw
     */
    static JsonProcessingException failure(JsonParser in, String message) {
        return new JsonParseFailure(in, message);
    }

    private static JsonProcessingException unexpected(JsonParser in, String what, String expected) {
        return new JsonParseFailure(in, "expected " + expected + " for " + what + " but found "
                + describe(in.currentToken()));
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> token.asString();
            default -> token.name();
        };
    }

    /** A value of the wrong shape. */
    private static final class JsonParseFailure extends JsonProcessingException {

        private static final long serialVersionUID = 1L;

        JsonParseFailure(JsonParser in, String message) {
            super(message, in.currentTokenLocation());
        }
    }

    /** A thread's generator and the string buffer it writes into. */
    private static final class Output extends Writer {

        private final StringBuilder text = new StringBuilder(1024);
        final JsonGenerator generator;

        Output() {
            try {
                generator = FACTORY.createGenerator(this);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The text written since the last call. */
        String take() {
            String result = text.toString();
            text.setLength(0);
            return result;
        }

        int capacity() {
            return text.capacity();
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String chars, int offset, int length) {
            text.append(chars, offset, offset + length);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
