package org.onecsync.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.onecsync.parse.ParseException;

/** Bodies that cannot be a feed fail the whole read fast, with one line naming where. */
class JsonHostileInputTest {

    private static final long HUNDRED_MB = 100L * 1024 * 1024;

    @Test
    void truncatedBodyFailsAsUnexpectedEndOfInput() {
        ParseException e = assertThrows(ParseException.class,
                () -> Feeds.read("{\"products\":[{\"sku\":\"A\",\"name\":\"N\",\"price\":1},\n{\"sku\":\"B\",\"na"));

        assertEquals("feed.json, line 2, column 15: unexpected end of input: the JSON is truncated",
                e.getMessage());
    }

    @Test
    void bodyCutBetweenProductsFailsAsUnexpectedEndOfInput() {
        ParseException e = assertThrows(ParseException.class,
                () -> Feeds.read("{\"products\":[{\"sku\":\"A\",\"name\":\"N\",\"price\":1},"));

        assertEquals("unexpected end of input: the JSON is truncated", e.problem());
        assertEquals(1, e.line());
    }

    @Test
    void hundredMegabyteStringFailsAfterItsFirstMegabyte() {
        GeneratedBody body = new GeneratedBody("{\"products\":[{\"sku\":\"A\",\"name\":\"N\",\"price\":1,\"description\":\"",
                'x', HUNDRED_MB, "\"}]}");

        ParseException e = assertThrows(ParseException.class, () -> Feeds.read(body));

        assertTrue(e.problem().startsWith("a string longer than 1 MiB starts here"), e.getMessage());
        assertEquals(1, e.line());
        // Fail fast: the reader stopped within a few buffers of the limit, not at the end of the 100 MB.
        assertTrue(body.consumed() < 2L * 1024 * 1024, "consumed " + body.consumed());
    }

    @Test
    void hundredMegabyteStringInAnIgnoredFieldFailsToo() {
        GeneratedBody body = new GeneratedBody("{\"junk\":[\"", 'x', HUNDRED_MB,
                "\"],\"products\":[{\"sku\":\"A\",\"name\":\"N\",\"price\":1}]}");

        ParseException e = assertThrows(ParseException.class, () -> Feeds.read(body));

        assertTrue(e.problem().startsWith("a string longer than 1 MiB starts here"), e.getMessage());
        assertTrue(body.consumed() < 2L * 1024 * 1024, "consumed " + body.consumed());
    }

    @Test
    void hundredMegabyteStringInAWrongTypedValueFailsToo() {
        GeneratedBody body = new GeneratedBody("{\"products\":[{\"sku\":\"A\",\"price\":{\"x\":\"", 'x',
                HUNDRED_MB, "\"}}]}");

        ParseException e = assertThrows(ParseException.class, () -> Feeds.read(body));

        assertTrue(e.problem().startsWith("a string longer than 1 MiB starts here"), e.getMessage());
        assertTrue(body.consumed() < 2L * 1024 * 1024, "consumed " + body.consumed());
    }

    @Test
    void tenThousandLevelsOfNestingFailAtLevelSixtyFive() {
        GeneratedBody body = new GeneratedBody("{\"products\":[{\"sku\":\"A\",\"extra\":", '[', 10_000, "");

        ParseException e = assertThrows(ParseException.class, () -> Feeds.read(body));

        // Levels 1-3 are the body, products and the product; the 62nd bracket, column 95, would be level 65:
        // Jackson refuses it before the token starts, so the location is that of the bracket before.
        assertEquals("feed.json, line 1, column 94: values nested deeper than 64 levels (the limit on nesting, to keep"
                + " memory bounded)", e.getMessage());
    }

    @Test
    void overlongNumberIsRefused() {
        GeneratedBody body = new GeneratedBody("{\"products\":[{\"sku\":\"A\",\"name\":\"N\",\"price\":", '9',
                1_000_000, "}]}");

        ParseException e = assertThrows(ParseException.class, () -> Feeds.read(body));

        assertTrue(e.problem().startsWith("a number longer than 100 characters starts here"), e.getMessage());
    }

    @Test
    void binaryJunkFailsWithOneLine() {
        byte[] junk = new byte[4096];
        new Random(9).nextBytes(junk);
        junk[0] = (byte) 0x89; // a PNG starts so; never a JSON start byte in any encoding Jackson detects

        ParseException e = assertThrows(ParseException.class, () -> Feeds.read(junk));

        assertTrue(e.getMessage().startsWith("feed.json, line 1, column 1: not valid JSON: "), e.getMessage());
        assertTrue(e.getMessage().lines().count() == 1, e.getMessage());
    }

    @Test
    void zeroBytesFailWithOneLine() {
        ParseException e = assertThrows(ParseException.class, () -> Feeds.read(new byte[] {0, 0, 0, 1, 2, 3, 0, 0}));

        assertTrue(e.getMessage().startsWith("feed.json, line 1, column 1: not "), e.getMessage());
        assertTrue(e.getMessage().lines().count() == 1, e.getMessage());
    }

    @Test
    void textThatIsNotJsonFailsWithOneLine() {
        ParseException e = assertThrows(ParseException.class, () -> Feeds.read("sku;name;price\nA;N;1\n"));

        assertEquals("feed.json, line 1, column 5: not valid JSON: Unrecognized token: was expecting "
                + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')", e.getMessage());
    }

    @Test
    void anUnquotedTokenIsNeverRepeatedInTheMessage() {
        ParseException e = assertThrows(ParseException.class,
                () -> Feeds.read("{\"token\": s3cret-key, \"products\": []}"));

        assertEquals("feed.json, line 1, column 18: not valid JSON: Unrecognized token: was expecting "
                + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')", e.getMessage());
    }

    @Test
    void invalidUtf8FailsWithOneLine() {
        byte[] body = "{\"products\":[{\"sku\":\"A\",\"name\":\"X\"}]}".getBytes(StandardCharsets.UTF_8);
        body[33] = (byte) 0xFF;

        ParseException e = assertThrows(ParseException.class, () -> Feeds.read(body));

        assertTrue(e.getMessage().startsWith("feed.json, line 1, column "), e.getMessage());
        assertTrue(e.problem().startsWith("not valid JSON: Invalid UTF-8"), e.getMessage());
    }
}
