package org.onecsync.generate.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import org.onecsync.generate.internal.Product.Characteristic;

/**
 * Writes a JSON feed as 1C's {@code ЗаписатьJSON} pushes it: a UTF-8 byte-order mark, then
 * {@code {"products":[…]}}, one product at a time through Jackson's streaming {@link JsonGenerator}. Some
 * products carry their numbers as strings with a decimal comma ({@code "1234,50"}) and their characteristics
 * as {@code [{"name":…,"value":…}]} rather than an object.
 */
public final class JsonFeedWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private JsonFeedWriter() {
    }

    /**
     * @param out where the bytes go; flushed, not closed
     * @param products the product source
     * @param count how many products
     * @throws IOException if the stream cannot be written
     */
    public static void write(OutputStream out, FeedProducts products, int count) throws IOException {
        out.write(BOM);
        JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeArrayFieldStart("products");
            for (int i = 0; i < count; i++) {
                product(g, products.build(i));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.flush();
    }

    private static void product(JsonGenerator g, FeedProduct p) throws IOException {
        g.writeStartObject();
        g.writeStringField("sku", p.sku());
        g.writeStringField("name", p.name());
        g.writeStringField("description", p.description());
        amount(g, "price", p.price(), p.numbersAsText());
        if (p.oldPrice() >= 0) {
            amount(g, "old_price", p.oldPrice(), p.numbersAsText());
        }
        if (p.numbersAsText()) {
            g.writeStringField("stock", Long.toString(p.stock()));
        } else {
            g.writeNumberField("stock", p.stock());
        }
        g.writeStringField("category", p.category());
        g.writeBooleanField("is_active", p.active());
        if (p.characteristicsAsList()) {
            g.writeArrayFieldStart("characteristics");
            for (Characteristic c : p.characteristics()) {
                g.writeStartObject();
                g.writeStringField("name", c.name());
                g.writeStringField("value", c.value());
                g.writeEndObject();
            }
            g.writeEndArray();
        } else {
            g.writeObjectFieldStart("characteristics");
            for (Characteristic c : p.characteristics()) {
                g.writeStringField(c.name(), c.value());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void amount(JsonGenerator g, String field, long kopecks, boolean asText) throws IOException {
        if (asText) {
            g.writeStringField(field, FeedProduct.commaAmount(kopecks, ""));
        } else if (kopecks % 100 == 0) {
            g.writeNumberField(field, kopecks / 100);
        } else {
            g.writeNumberField(field, BigDecimal.valueOf(kopecks, 2));
        }
    }
}
