package org.onecsync.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.onecsync.parse.ParseException;

/**
 * Reads the JSON payload 1C pushes ({@code docs/feeds.md}) straight from its byte stream with Jackson's
 * streaming parser, handing the {@code products} to a listener one at a time: only the product being read is
 * in memory, whatever the size of the body. Jackson detects the encoding from the bytes and skips a UTF-8 BOM,
 * which {@code ЗаписатьJSON} may write first.
 *
 * <p>The top level is an object: {@code products} (an array, required), {@code token} (kept in the summary,
 * never put in a message), {@code mode} and {@code sync_id}; other fields are skipped. {@code "mode":"full"}
 * declares the complete list; any other mode, or none, only changes ({@link JsonFeedListener#mode}). Because
 * {@code mode} may come after the products, the listener hears it where it is written, and a caller applies
 * nothing before the read has returned.
 *
 * <p>A product breaking a rule ({@link JsonProductRules}) or holding a value of the wrong type is reported to
 * the listener and skipped; the others are delivered. A body that cannot be read — not JSON, truncated,
 * binary, over a limit — fails the whole read with one {@link ParseException} naming the line and column.
 * The limits: strings of at most {@link #MAX_STRING_LENGTH} characters (a 100 MB string fails once its
 * first MiB is buffered, in a skipped field too: {@link JsonSkip}), {@link #MAX_NESTING_DEPTH} levels of
 * nesting, numbers of at most {@link #MAX_NUMBER_LENGTH} characters.
 */
final class JsonFeedReader {

    /** Longest string value: far beyond any description, far below a heap's worth. */
    static final int MAX_STRING_LENGTH = 1 << 20;
    /** Deepest nesting: the payload needs 7 (body, products, product, variants, variant, prices, price). */
    static final int MAX_NESTING_DEPTH = 64;
    /** Longest number: a price or quantity has a few dozen digits at most. */
    static final int MAX_NUMBER_LENGTH = 100;
    /** Longest field name: characteristic names are field names in the object form. */
    static final int MAX_NAME_LENGTH = 64 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            // The caller owns the stream.
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            // Characteristic names are field names: interning each one of a large feed only fills the heap.
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();

    private static final String TRUNCATED = "unexpected end of input: the JSON is truncated";
    /** Jackson quotes an unrecognized token, which may be an unquoted {@code token} value: never repeat it. */
    private static final Pattern QUOTED_TOKEN = Pattern.compile("Unrecognized token '.*?': was expecting");

    private JsonFeedReader() {
    }

    /**
     * Reads a feed.
     *
     * @param in the body, as bytes; not closed
     * @param fileName the name the body goes by in messages
     * @param listener receives each product, or its problem, in order
     * @return the feed's token, mode and sync id, and what was delivered
     * @throws ParseException when the body cannot be read as a feed (one line, with line and column)
     * @throws IOException when the stream itself fails
     */
    static JsonFeedSummary read(InputStream in, String fileName, JsonFeedListener listener) throws IOException {
        JsonParser parser;
        try {
            parser = FACTORY.createParser(in);
        } catch (CharConversionException e) {
            // Jackson looks at the first bytes to detect the encoding: zero bytes make it guess UTF-16/32.
            throw new ParseException(fileName, 1, 1, "not JSON: " + oneLine(e.getMessage()), e);
        }
        try (parser) {
            return new Body(parser, fileName, listener).read();
        } catch (StreamConstraintsException e) {
            // No location in the exception; the token being read is the one over the limit.
            JsonLocation at = parser.currentTokenLocation();
            throw new ParseException(fileName, at.getLineNr(), at.getColumnNr(), overLimit(e), e);
        } catch (JsonEOFException e) {
            throw failure(fileName, parser, e, TRUNCATED);
        } catch (JsonProcessingException e) {
            String message = oneLine(e.getOriginalMessage());
            // Jackson reports some ends of input (between array entries) as plain parse errors.
            throw failure(fileName, parser, e,
                    message.startsWith("Unexpected end-of-input") ? TRUNCATED : "not valid JSON: " + message);
        } catch (CharConversionException e) {
            throw failure(fileName, parser, e, "not JSON in UTF-8: " + oneLine(e.getMessage()));
        }
    }

    /** Says which limit, in the words the XML reader uses: Jackson's own text names its Java API. */
    static String overLimit(StreamConstraintsException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("String value length")) {
            return "a string longer than 1 MiB starts here (the limit on one value, to keep memory bounded)";
        }
        if (message.startsWith("Document nesting depth")) {
            return "values nested deeper than " + MAX_NESTING_DEPTH + " levels (the limit on nesting, to keep memory"
                    + " bounded)";
        }
        if (message.startsWith("Number value length")) {
            return "a number longer than " + MAX_NUMBER_LENGTH + " characters starts here (the limit on one number)";
        }
        if (message.startsWith("Name length")) {
            return "a field name longer than 64 KiB starts here (the limit on one name, to keep memory bounded)";
        }
        return "refused, over a limit: " + oneLine(message);
    }

    private static ParseException failure(String fileName, JsonParser parser, IOException e, String problem) {
        JsonLocation at = e instanceof JsonProcessingException jpe && jpe.getLocation() != null
                ? jpe.getLocation() : parser.currentLocation();
        return new ParseException(fileName, at.getLineNr(), at.getColumnNr(), problem, e);
    }

    /** Jackson's messages may span lines and quote the input: one short line is what a report shows. */
    private static String oneLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.replaceAll("\\s*\\R\\s*", " ").strip();
        line = QUOTED_TOKEN.matcher(line).replaceFirst("Unrecognized token: was expecting");
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }

    /** The walk of one body's top level. */
    private static final class Body {
        private final JsonParser parser;
        private final String fileName;
        private final JsonFeedListener listener;
        private String token;
        private boolean full;
        private boolean sawMode;
        private String syncId;
        private boolean sawProducts;
        private int delivered;
        private int problems;

        Body(JsonParser parser, String fileName, JsonFeedListener listener) {
            this.parser = parser;
            this.fileName = fileName;
            this.listener = listener;
        }

        JsonFeedSummary read() throws IOException {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw fail("the body is empty, not a JSON object with a products array");
            }
            if (first != JsonToken.START_OBJECT) {
                throw fail("the body must be a JSON object with a products array, not "
                        + JsonValueReader.describe(first));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "products" -> products(value);
                    case "token" -> token = scalar("token", value);
                    case "sync_id" -> syncId = scalar("sync_id", value);
                    case "mode" -> full = mode(value);
                    default -> JsonSkip.value(parser);
                }
            }
            if (!sawProducts) {
                throw fail("the body has no products array");
            }
            long end = parser.currentTokenLocation().getLineNr();
            if (parser.nextToken() != null) {
                throw fail("content after the end of the JSON object");
            }
            if (!sawMode) {
                // Told last, once the body is known to be whole: a failed read announces nothing more.
                listener.mode(false, end);
            }
            return new JsonFeedSummary(token, full, syncId, delivered, problems);
        }

        private void products(JsonToken value) throws IOException {
            if (sawProducts) {
                throw fail("products appears twice");
            }
            if (value != JsonToken.START_ARRAY) {
                throw fail("products must be an array, not " + JsonValueReader.describe(value));
            }
            sawProducts = true;
            JsonProductReader reader = new JsonProductReader(parser);
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (reader.read(index++, listener)) {
                    delivered++;
                } else {
                    problems++;
                }
            }
        }

        /** A string or number; the value is never quoted back, since it may be the token. */
        private String scalar(String name, JsonToken value) throws IOException {
            if (value == JsonToken.VALUE_NULL) {
                return null;
            }
            if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT) {
                return parser.getText();
            }
            throw fail(name + " must be a string, not " + JsonValueReader.describe(value));
        }

        /**
         * Any value but {@code "full"} means changes only: an unknown mode ({@code "changes"}, {@code "delta"})
         * must not make the engine remove products, and it need not fail a feed whose products are fine.
         */
        private boolean mode(JsonToken value) throws IOException {
            boolean isFull = value == JsonToken.VALUE_STRING && parser.getText().equals("full");
            long line = parser.currentTokenLocation().getLineNr();
            JsonSkip.value(parser);
            sawMode = true;
            listener.mode(isFull, line);
            return isFull;
        }

        private ParseException fail(String problem) {
            JsonLocation at = parser.currentTokenLocation();
            return new ParseException(fileName, at.getLineNr(), at.getColumnNr(), problem, null);
        }
    }
}
