package org.onecsync.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.onecsync.json.internal.GeneratedBody;
import org.onecsync.parse.ExportReader;
import org.onecsync.parse.ParseException;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.spi.ParserOptions;

/**
 * A body that cannot be a feed fails the read with one line naming the file, line and column; nothing is heard
 * after the failure (only what was streamed before it, which the engine rolls back), in particular no scope.
 */
class JsonFeedFailureTest {

    private static final long HUNDRED_MB = 100L * 1024 * 1024;

    private static final ExportReader READER = new ExportReader(ParserRegistry.of(new JsonParserProvider()));

    private final Recorder recorder = new Recorder();

    private ParseException fails(String name, byte[] body) {
        return assertThrows(ParseException.class, () -> READER.read(
                Recorder.file(name, null, () -> new ByteArrayInputStream(body)), recorder,
                ParserOptions.none()));
    }

    private ParseException fails(String json) {
        return fails("feed.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private ParseException fails(GeneratedBody body) {
        return assertThrows(ParseException.class, () -> READER.read(
                Recorder.file("big.json", null, () -> body), recorder, ParserOptions.none()));
    }

    @Test
    void truncatedJsonFailsAfterTheProductsAlreadyStreamed() {
        ParseException e = fails("{\"products\":[{\"sku\":\"A\",\"name\":\"N\",\"price\":1},\n{\"sku\":\"B\",\"na");

        assertEquals("feed.json, line 2, column 15: unexpected end of input: the JSON is truncated", e.getMessage());
        assertEquals(List.of("document feed.json json null UTF-8", "product@1 A"), recorder.events);
    }

    @Test
    void truncatedBeforeALateModeAnnouncesNoScope() {
        ParseException e = fails("{\"products\":[{\"sku\":\"A\",\"name\":\"N\",\"price\":1}],\n\"mo");

        assertEquals("feed.json, line 2, column 4: unexpected end of input: the JSON is truncated", e.getMessage());
        assertEquals(List.of("document feed.json json null UTF-8", "product@1 A"), recorder.events);
    }

    @Test
    void aHundredMegabyteStringFailsFastAtTheOneMebibyteLimit() {
        GeneratedBody body = new GeneratedBody("{\"products\":[{\"sku\":\"A\",\"name\":\"N\",\"price\":1,\n"
                + "\"description\":\"", 'x', HUNDRED_MB, "\"}]}");

        ParseException e = fails(body);

        // Jackson checks the limit each time its buffer grows, so the length it names is that of the buffer.
        assertEquals("big.json, line 2, column 15: a string longer than 1 MiB starts here (the limit on one value, to"
                + " keep memory bounded)", e.getMessage());
        assertTrue(body.consumed() < 2L * 1024 * 1024, "consumed " + body.consumed());
        assertEquals(List.of("document big.json json null UTF-8"), recorder.events);
    }

    @Test
    void tenThousandLevelsOfNestingFailAtTheLimitOfSixtyFour() {
        GeneratedBody body = new GeneratedBody("{\"products\":[{\"sku\":\"A\",\"extra\":", '[', 10_000, "");

        ParseException e = fails(body);

        assertEquals("big.json, line 1, column 94: values nested deeper than 64 levels (the limit on nesting, to keep"
                + " memory bounded)", e.getMessage());
        assertEquals(List.of("document big.json json null UTF-8"), recorder.events);
    }

    @Test
    void aBodyThatIsNotAnObjectFails() {
        ParseException e = fails("[{\"sku\":\"A\",\"name\":\"N\",\"price\":1}]");

        assertEquals("feed.json, line 1, column 1: the body must be a JSON object with a products array, not an array",
                e.getMessage());
    }

    @Test
    void aBodyWithoutAProductsArrayFails() {
        assertEquals("feed.json, line 2, column 1: the body has no products array",
                fails("{\"items\":[{\"sku\":\"A\"}],\"mode\":\"full\"\n}").getMessage());
        assertEquals("feed.json, line 1, column 13: products must be an array, not an object",
                fails("{\"products\":{\"sku\":\"A\"}}").getMessage());
    }

    @Test
    void anEmptyJsonFileFails() {
        assertEquals("feed.json, line 1: the body is empty, not a JSON object with a products array",
                fails("feed.json", new byte[0]).getMessage());
    }

    @Test
    void binaryJunkNamedJsonFailsWithOneLine() {
        byte[] junk = new byte[4096];
        new Random(9).nextBytes(junk);
        junk[0] = (byte) 0x89;

        ParseException e = fails("photo.json", junk);

        assertEquals("photo.json, line 1, column 1: not valid JSON: Unexpected character ((CTRL-CHAR, code 137)): "
                + "expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                e.getMessage());
        assertEquals(List.of("document photo.json json null UTF-8"), recorder.events);
    }

    @Test
    void csvNamedJsonFailsWithOneLine() {
        ParseException e = fails("price.json", "sku;name;price\nA;N;1\n".getBytes(StandardCharsets.UTF_8));

        assertEquals("price.json, line 1, column 5: not valid JSON: Unrecognized token: was expecting "
                + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')", e.getMessage());
    }
}
