package org.onecsync.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A product breaking a rule of docs/feeds.md is skipped with its index, SKU, field and reason, on the line it
 * starts; the products around it are delivered.
 */
class JsonFeedSkipTest {

    /** The body: a good product on line 2, the one under test on line 3, a good one on line 4. */
    private static String skipped(String product) throws Exception {
        Recorder r = Recorder.read("{\"products\":[\n{\"sku\":\"OK-1\",\"name\":\"N\",\"price\":1},\n" + product
                + ",\n{\"sku\":\"OK-2\",\"name\":\"N\",\"price\":1}]}");
        assertEquals(List.of("OK-1", "OK-2"), r.products.stream().map(p -> p.sku()).toList());
        assertEquals(1, r.skipped.size(), r.events.toString());
        return r.skipped.get(0);
    }

    @Test
    void skuAndNameAreRequired() throws Exception {
        assertEquals("skipped@3 PRODUCT null | products[1]: sku: is required",
                skipped("{\"name\":\"N\",\"price\":1}"));
        assertEquals("skipped@3 PRODUCT null | products[1]: sku: is required",
                skipped("{\"sku\":\"  \",\"name\":\"N\",\"price\":1}"));
        assertEquals("skipped@3 PRODUCT A-1 | products[1] (sku A-1): name: is required",
                skipped("{\"sku\":\"A-1\",\"price\":1}"));
    }

    @Test
    void priceIsRequiredAndNotNegative() throws Exception {
        assertEquals("skipped@3 PRODUCT A-1 | products[1] (sku A-1): price: is required",
                skipped("{\"sku\":\"A-1\",\"name\":\"N\"}"));
        assertEquals("skipped@3 PRODUCT A-1 | products[1] (sku A-1): price: is required",
                skipped("{\"sku\":\"A-1\",\"name\":\"N\",\"price\":\"\"}"));
        assertEquals("skipped@3 PRODUCT A-1 | products[1] (sku A-1): price: must be ≥ 0, not -0.01",
                skipped("{\"sku\":\"A-1\",\"name\":\"N\",\"price\":\"-0,01\"}"));
        assertEquals("skipped@3 PRODUCT A-1 | products[1] (sku A-1): price: is required",
                skipped("{\"sku\":\"A-1\",\"name\":\"N\",\"variants\":[{\"sku\":\"A-1-S\",\"price\":1},{\"sku\":\"A-1-M\"}]}"));
    }

    @Test
    void stockIsNotNegative() throws Exception {
        assertEquals("skipped@3 PRODUCT A-1 | products[1] (sku A-1): stock: must be ≥ 0, not -5",
                skipped("{\"sku\":\"A-1\",\"name\":\"N\",\"price\":1,\"stock\":-5}"));
        assertEquals("skipped@3 PRODUCT A-1 | products[1] (sku A-1): stocks[0].quantity: must be ≥ 0, not -2",
                skipped("{\"sku\":\"A-1\",\"name\":\"N\",\"price\":1,\"stocks\":[{\"warehouse\":\"W\",\"quantity\":\"-2\"}]}"));
    }

    @Test
    void oldPriceIsAbovePrice() throws Exception {
        assertEquals("skipped@3 PRODUCT A-1 | products[1] (sku A-1): old_price: must be greater than price 100, not 90",
                skipped("{\"sku\":\"A-1\",\"name\":\"N\",\"price\":100,\"old_price\":90}"));
        assertEquals("skipped@3 PRODUCT A-1 | products[1] (sku A-1): old_price: must be greater than price 100.50, "
                + "not 100.5", skipped("{\"sku\":\"A-1\",\"name\":\"N\",\"price\":\"100,50\",\"old_price\":100.5}"));
        assertEquals("skipped@3 PRODUCT A-1 | products[1] (sku A-1): old_price: must be greater than price 100, not 100",
                skipped("{\"sku\":\"A-1\",\"name\":\"N\",\"prices\":[{\"value\":100}],\"old_price\":100}"));
    }

    @Test
    void aSecondValueForThePriceOrTheTotalIsRefusedNotGuessed() throws Exception {
        assertEquals("skipped@3 PRODUCT A-1 | products[1] (sku A-1): prices[0].type: is required when the price "
                + "is given already", skipped("{\"sku\":\"A-1\",\"name\":\"N\",\"price\":1,\"prices\":[{\"value\":2}]}"));
        assertEquals("skipped@3 PRODUCT A-1 | products[1] (sku A-1): stocks[1].warehouse: is required when the "
                + "total stock is given already",
                skipped("{\"sku\":\"A-1\",\"name\":\"N\",\"price\":1,\"stocks\":[{\"quantity\":1},{\"quantity\":2}]}"));
    }

    @Test
    void amountsBeyondTheStoreLimitsAreRefusedWithTheField() throws Exception {
        assertEquals("skipped@3 PRODUCT A-1 | products[1] (sku A-1): price: is too large (more than 15 digits "
                + "before the decimal point)", skipped("{\"sku\":\"A-1\",\"name\":\"N\",\"price\":1000000000000000}"));
        assertEquals("skipped@3 PRODUCT A-1 | products[1] (sku A-1): stock: has more than 6 digits after the "
                + "decimal point", skipped("{\"sku\":\"A-1\",\"name\":\"N\",\"price\":1,\"stock\":\"0,0000001\"}"));
        assertEquals("skipped@3 PRODUCT A-1 | products[1] (sku A-1): variants[0].prices[0].value: is too large "
                + "(more than 15 digits before the decimal point)",
                skipped("{\"sku\":\"A-1\",\"name\":\"N\",\"price\":1,\"variants\":[{\"sku\":\"V\","
                        + "\"prices\":[{\"type\":\"T\",\"value\":1e20}]}]}"));
    }

    @Test
    void theLargestAmountsTheStoreKeepsAreAccepted() throws Exception {
        Recorder r = Recorder.read("{\"products\":[{\"sku\":\"A\",\"name\":\"N\",\"price\":999999999999999.999999,"
                + "\"stock\":\"1,500000000\"}]}");

        assertEquals(List.of("999999999999999.999999"),
                r.only().prices().stream().map(p -> p.amount().toPlainString()).toList());
    }

    @Test
    void wrongTypesAndVariantProblemsNameTheirPath() throws Exception {
        assertEquals("skipped@3 PRODUCT A-1 | products[1] (sku A-1): price: is not a number: \"сто\"",
                skipped("{\"sku\":\"A-1\",\"name\":\"N\",\"price\":\"сто\"}"));
        assertEquals("skipped@3 PRODUCT A-1 | products[1] (sku A-1): characteristics: must be an object or an "
                + "array, not a string", skipped("{\"sku\":\"A-1\",\"name\":\"N\",\"price\":1,\"characteristics\":\"x\"}"));
        assertEquals("skipped@3 PRODUCT A-1 | products[1] (sku A-1): variants[1].sku: is required",
                skipped("{\"sku\":\"A-1\",\"name\":\"N\",\"price\":1,\"variants\":[{\"sku\":\"V\"},{\"price\":2}]}"));
        assertEquals("skipped@3 PRODUCT A-1 | products[1] (sku A-1): is_active: is not a boolean: \"может\"",
                skipped("{\"sku\":\"A-1\",\"name\":\"N\",\"price\":1,\"is_active\":\"может\"}"));
    }

    @Test
    void anElementThatIsNotAnObjectIsItsOwnField() throws Exception {
        assertEquals("skipped@3 PRODUCT null | products[1]: must be an object, not a string",
                skipped("\"A-1\""));
    }

    @Test
    void aLongOrMultiLineSkuIsClippedInTheReasonButKeptAsTheKey() throws Exception {
        String sku = "A\nB" + "x".repeat(60);

        assertEquals("skipped@3 PRODUCT " + sku + " | products[1] (sku A B" + "x".repeat(37) + "…): name: is required",
                skipped("{\"sku\":\"A\\nB" + "x".repeat(60) + "\",\"price\":1}"));
    }
}
