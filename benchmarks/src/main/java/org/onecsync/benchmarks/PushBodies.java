package org.onecsync.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.onecsync.generate.FeedFormat;
import org.onecsync.generate.FeedGenerator;
import org.onecsync.generate.FeedOptions;

/**
 * The JSON bodies the pushers send: products of a generated JSON feed ({@code generate --format json}, the shape
 * 1C's {@code ЗаписатьJSON} pushes), cut into one body of {@code size} products per pusher. The products are those
 * after the first {@code skip} of the feed, so with {@code skip} the exchange's product count no pushed SKU is
 * one the exchange sends, and no two pushers share a SKU.
 */
final class PushBodies {

    private PushBodies() {
    }

    /**
     * Generates the feed in {@code work} and cuts it.
     *
     * @param work a folder for the generated feed
     * @param pushers how many bodies
     * @param size products per body
     * @param skip products of the feed left out first
     * @param seed the feed's seed
     * @return one body per pusher, each {@code {"products":[…]}} of {@code size} products
     */
    static List<byte[]> generate(Path work, int pushers, int size, int skip, long seed) throws IOException {
        Path feed = new FeedGenerator(new FeedOptions(FeedFormat.JSON, skip + pushers * size, seed)).generate(work);
        JsonFactory json = new JsonFactory();
        List<byte[]> bodies = new ArrayList<>();
        try (InputStream in = Files.newInputStream(feed); JsonParser parser = json.createParser(in)) {
            while (parser.nextToken() != JsonToken.START_ARRAY) {
                if (parser.currentToken() == null) {
                    throw new IOException("the generated feed " + feed + " holds no products array");
                }
            }
            for (int i = 0; i < skip; i++) {
                parser.nextToken();
                parser.skipChildren();
            }
            for (int p = 0; p < pushers; p++) {
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                try (JsonGenerator out = json.createGenerator(body)) {
                    out.writeStartObject();
                    out.writeArrayFieldStart("products");
                    for (int i = 0; i < size; i++) {
                        parser.nextToken();
                        out.copyCurrentStructure(parser);
                    }
                    out.writeEndArray();
                    out.writeEndObject();
                }
                bodies.add(body.toByteArray());
            }
        } finally {
            Files.delete(feed);
        }
        return bodies;
    }
}
