package org.onecsync.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecsync.csv.CsvProfile;
import org.onecsync.generate.FeedFormat;
import org.onecsync.generate.FeedGenerator;
import org.onecsync.generate.FeedOptions;
import org.onecsync.generate.internal.FeedProduct;
import org.onecsync.generate.internal.FeedProducts;

/** The CSV feed {@link FeedGenerator} writes reads back through the reading layer value for value. */
class GeneratedFeedTest {

    private static final int PRODUCTS = 1_500;
    private static final long SEED = 42;

    @Test
    void generatedFeedReadsBackWithEveryValueAndNoProblems() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FeedGenerator(new FeedOptions(FeedFormat.CSV, PRODUCTS, SEED)).write(out);

        Feed feed = Feed.read(out.toByteArray(), CsvProfile.automatic());

        assertEquals(List.of(), feed.problems);
        assertEquals(PRODUCTS, feed.rows.size());
        FeedProducts products = new FeedProducts(SEED);
        int multiLine = 0;
        for (int i = 0; i < PRODUCTS; i++) {
            FeedProduct expected = products.build(i);
            CsvRow row = feed.rows.get(i);
            String at = "product " + i;
            assertEquals(expected.sku(), row.sku(), at);
            assertEquals(expected.name(), row.name(), at);
            assertEquals(expected.description(), row.description(), at);
            assertAmount(expected.price(), row.price(), at);
            if (expected.oldPrice() < 0) {
                assertNull(row.oldPrice(), at);
            } else {
                assertAmount(expected.oldPrice(), row.oldPrice(), at);
            }
            assertEquals(0, BigDecimal.valueOf(expected.stock()).compareTo(row.stock()), at);
            assertEquals(expected.categoryPath(), row.categoryPath(), at);
            assertEquals(expected.active(), row.active(), at);
            assertEquals(expected.barcode().isEmpty() ? null : expected.barcode(), row.barcode(), at);
            assertEquals(expected.unit(), row.unit(), at);
            if (expected.description().contains("\n")) {
                multiLine++;
            }
        }
        assertTrue(multiLine > 0, "some descriptions span lines");
        assertTrue(feed.rows.get(PRODUCTS - 1).line() > PRODUCTS + 1, "line numbers count the line breaks");
    }

    private static void assertAmount(long kopecks, BigDecimal actual, String at) {
        assertEquals(0, BigDecimal.valueOf(kopecks, 2).compareTo(actual), at + ": " + actual);
    }
}
