package org.onecsync.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecsync.generate.FeedFormat;
import org.onecsync.generate.FeedGenerator;
import org.onecsync.generate.FeedOptions;
import org.onecsync.generate.internal.FeedProduct;
import org.onecsync.generate.internal.FeedProducts;
import org.onecsync.generate.internal.Product;

/** The JSON feed {@link FeedGenerator} writes reads back through the reading layer value for value. */
class GeneratedFeedTest {

    private static final int PRODUCTS = 1_500;
    private static final long SEED = 42;

    @Test
    void generatedFeedReadsBackWithEveryValueAndNoProblems() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FeedGenerator(new FeedOptions(FeedFormat.JSON, PRODUCTS, SEED)).write(out);

        Feeds.Result result = Feeds.read(out.toByteArray());

        assertEquals(List.of(), result.problems);
        assertEquals(PRODUCTS, result.products.size());
        assertEquals(PRODUCTS, result.summary.products());
        assertEquals(0, result.summary.problems());
        FeedProducts products = new FeedProducts(SEED);
        int asText = 0;
        int asList = 0;
        for (int i = 0; i < PRODUCTS; i++) {
            FeedProduct expected = products.build(i);
            JsonProduct actual = result.products.get(i);
            String at = "product " + i;
            assertEquals(i, actual.index(), at);
            assertEquals(expected.sku(), actual.sku(), at);
            assertEquals(expected.name(), actual.name(), at);
            assertEquals(expected.description(), actual.description(), at);
            assertAmount(expected.price(), actual.price(), at);
            if (expected.oldPrice() < 0) {
                assertNull(actual.oldPrice(), at);
            } else {
                assertAmount(expected.oldPrice(), actual.oldPrice(), at);
            }
            assertEquals(0, BigDecimal.valueOf(expected.stock()).compareTo(actual.stock()), at);
            assertEquals(expected.category(), actual.category(), at);
            assertEquals(expected.active(), actual.active(), at);
            Map<String, String> characteristics = new LinkedHashMap<>();
            for (Product.Characteristic c : expected.characteristics()) {
                characteristics.put(c.name(), c.value());
            }
            assertEquals(characteristics, actual.characteristics(), at);
            asText += expected.numbersAsText() ? 1 : 0;
            asList += expected.characteristicsAsList() ? 1 : 0;
        }
        assertTrue(asText > 0 && asText < PRODUCTS, "some products send their numbers as strings");
        assertTrue(asList > 0 && asList < PRODUCTS, "some products send characteristics as a list");
    }

    private static void assertAmount(long kopecks, BigDecimal actual, String at) {
        assertEquals(0, BigDecimal.valueOf(kopecks, 2).compareTo(actual), at + ": " + actual);
    }
}
