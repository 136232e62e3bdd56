package org.onecsync.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of docs/feeds.md: the product is skipped with its index, SKU, field and reason; the others pass. */
class JsonProductRulesTest {

    private static final String GOOD = "{\"sku\":\"OK\",\"name\":\"N\",\"price\":1}";

    private static JsonProblem skipped(String product) throws Exception {
        Feeds.Result result = Feeds.products(GOOD, product, GOOD);
        assertEquals(List.of(0, 2), result.products.stream().map(JsonProduct::index).toList());
        return result.onlyProblem();
    }

    @Test
    void missingSkuIsSkipped() throws Exception {
        assertEquals(new JsonProblem(1, null, "sku", "is required"), skipped("{\"name\":\"N\",\"price\":1}"));
    }

    @Test
    void blankSkuIsSkipped() throws Exception {
        assertEquals(new JsonProblem(1, " ", "sku", "is required"),
                skipped("{\"sku\":\" \",\"name\":\"N\",\"price\":1}"));
    }

    @Test
    void missingNameIsSkipped() throws Exception {
        assertEquals(new JsonProblem(1, "A", "name", "is required"), skipped("{\"sku\":\"A\",\"price\":1}"));
    }

    @Test
    void missingPriceIsSkipped() throws Exception {
        assertEquals(new JsonProblem(1, "A", "price", "is required"), skipped("{\"sku\":\"A\",\"name\":\"N\"}"));
    }

    @Test
    void nullPriceIsMissing() throws Exception {
        assertEquals(new JsonProblem(1, "A", "price", "is required"),
                skipped("{\"sku\":\"A\",\"name\":\"N\",\"price\":null}"));
    }

    @Test
    void negativePriceIsSkipped() throws Exception {
        assertEquals(new JsonProblem(1, "A", "price", "must be ≥ 0, not -0.01"),
                skipped("{\"sku\":\"A\",\"name\":\"N\",\"price\":\"-0,01\"}"));
    }

    @Test
    void zeroPriceIsAccepted() throws Exception {
        assertEquals(BigDecimal.ZERO, Feeds.products("{\"sku\":\"A\",\"name\":\"N\",\"price\":0}").only().price());
    }

    @Test
    void negativeStockIsSkipped() throws Exception {
        assertEquals(new JsonProblem(1, "A", "stock", "must be ≥ 0, not -5"),
                skipped("{\"sku\":\"A\",\"name\":\"N\",\"price\":1,\"stock\":-5}"));
    }

    @Test
    void absentStockIsAccepted() throws Exception {
        assertNull(Feeds.products(GOOD).only().stock());
    }

    @Test
    void oldPriceEqualToPriceIsSkipped() throws Exception {
        assertEquals(new JsonProblem(1, "A", "old_price", "must be greater than price 100.50, not 100.5"),
                skipped("{\"sku\":\"A\",\"name\":\"N\",\"price\":100.50,\"old_price\":\"100,5\"}"));
    }

    @Test
    void oldPriceBelowPriceIsSkipped() throws Exception {
        assertEquals(new JsonProblem(1, "A", "old_price", "must be greater than price 100, not 90"),
                skipped("{\"sku\":\"A\",\"name\":\"N\",\"price\":100,\"old_price\":90}"));
    }

    @Test
    void productWithoutPriceIsAcceptedWhenEveryVariantIsPriced() throws Exception {
        JsonProduct p = Feeds.products("""
                {"sku":"A","name":"N","variants":[{"sku":"A-S","price":10},
                 {"sku":"A-M","prices":[{"type":"Розничная","value":11}]}]}""").only();

        assertNull(p.price());
        assertEquals(2, p.variants().size());
    }

    @Test
    void productWithoutPriceIsSkippedWhenAVariantIsNotPriced() throws Exception {
        assertEquals(new JsonProblem(1, "A", "price", "is required"),
                skipped("{\"sku\":\"A\",\"name\":\"N\",\"variants\":[{\"sku\":\"A-S\",\"price\":10},{\"sku\":\"A-M\"}]}"));
    }

    @Test
    void variantWithoutSkuIsSkippedWithItsPath() throws Exception {
        assertEquals(new JsonProblem(1, "A", "variants[1].sku", "is required"),
                skipped("{\"sku\":\"A\",\"name\":\"N\",\"price\":1,\"variants\":[{\"sku\":\"A-S\"},{\"price\":2}]}"));
    }

    @Test
    void variantBreakingARuleSkipsItsProduct() throws Exception {
        assertEquals(new JsonProblem(1, "A", "variants[0].stock", "must be ≥ 0, not -1"),
                skipped("{\"sku\":\"A\",\"name\":\"N\",\"price\":1,\"variants\":[{\"sku\":\"A-S\",\"stock\":-1}]}"));
        assertEquals(new JsonProblem(1, "A", "variants[0].old_price", "must be greater than price 5, not 5"),
                skipped("{\"sku\":\"A\",\"name\":\"N\",\"price\":1,\"variants\":[{\"sku\":\"A-S\",\"price\":5,\"old_price\":5}]}"));
    }

    @Test
    void priceEntryNeedsATypeNextToAPriceAndANonNegativeValue() throws Exception {
        assertEquals(new JsonProblem(1, "A", "prices[0].type", "is required when the price is given already"),
                skipped("{\"sku\":\"A\",\"name\":\"N\",\"price\":1,\"prices\":[{\"value\":1}]}"));
        assertEquals(new JsonProblem(1, "A", "prices[1].value", "is required"),
                skipped("{\"sku\":\"A\",\"name\":\"N\",\"price\":1,\"prices\":[{\"type\":\"a\",\"value\":1},{\"type\":\"b\"}]}"));
        assertEquals(new JsonProblem(1, "A", "prices[0].value", "must be ≥ 0, not -3"),
                skipped("{\"sku\":\"A\",\"name\":\"N\",\"price\":1,\"prices\":[{\"type\":\"a\",\"value\":-3}]}"));
    }

    @Test
    void stockEntryNeedsAWarehouseNextToATotalAndANonNegativeQuantity() throws Exception {
        assertEquals(new JsonProblem(1, "A", "stocks[0].warehouse", "is required when the total stock is given already"),
                skipped("{\"sku\":\"A\",\"name\":\"N\",\"price\":1,\"stock\":2,\"stocks\":[{\"quantity\":1}]}"));
        assertEquals(new JsonProblem(1, "A", "stocks[1].warehouse", "is required when the total stock is given already"),
                skipped("{\"sku\":\"A\",\"name\":\"N\",\"price\":1,\"stocks\":[{\"quantity\":1},{\"quantity\":2}]}"));
        assertEquals(new JsonProblem(1, "A", "stocks[0].quantity", "must be ≥ 0, not -2"),
                skipped("{\"sku\":\"A\",\"name\":\"N\",\"price\":1,\"stocks\":[{\"warehouse\":\"W\",\"quantity\":\"-2\"}]}"));
    }

    @Test
    void characteristicWithoutNameIsSkipped() throws Exception {
        assertEquals(new JsonProblem(1, "A", "characteristics[0].name", "is required"),
                skipped("{\"sku\":\"A\",\"name\":\"N\",\"price\":1,\"characteristics\":[{\"value\":\"x\"}]}"));
    }

    @Test
    void imageObjectWithoutUrlIsSkipped() throws Exception {
        assertEquals(new JsonProblem(1, "A", "images[0].url", "is required"),
                skipped("{\"sku\":\"A\",\"name\":\"N\",\"price\":1,\"images\":[{\"alt\":\"x\"}]}"));
    }

    @Test
    void firstBrokenRuleIsTheOneReported() throws Exception {
        assertEquals(new JsonProblem(1, null, "sku", "is required"), skipped("{\"price\":-1,\"stock\":-1}"));
    }

    @Test
    void collectionOverItsLimitIsSkippedAndTheNextProductRead() throws Exception {
        StringBuilder barcodes = new StringBuilder();
        for (int i = 0; i <= JsonProductReader.MAX_ENTRIES; i++) {
            barcodes.append(i == 0 ? "" : ",").append('"').append(i).append('"');
        }

        assertEquals(new JsonProblem(1, "A", "barcodes", "has more than 10000 entries"),
                skipped("{\"sku\":\"A\",\"name\":\"N\",\"price\":1,\"barcodes\":[" + barcodes + "]}"));
    }

    @Test
    void productHoldingTooMuchTextIsSkippedAndTheNextProductRead() throws Exception {
        String mebibyte = "x".repeat(1024 * 1024 - 16);
        StringBuilder characteristics = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            characteristics.append(i == 0 ? "" : ",").append("\"c").append(i).append("\":\"").append(mebibyte).append('"');
        }

        assertEquals(new JsonProblem(1, "A", "characteristics.c8", "the product holds more than 8388608 characters of text"),
                skipped("{\"sku\":\"A\",\"name\":\"N\",\"price\":1,\"characteristics\":{" + characteristics + "}}"));
    }
}
