package org.onecsync.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value of the wrong type is a problem of its product only: the product's remaining tokens are skipped and
 * the products after it are read as usual.
 */
class JsonWrongTypesTest {

    private static final String NEXT = "{\"sku\":\"NEXT\",\"name\":\"N\",\"price\":2}";

    private static JsonProblem skippedBeforeNext(String product) throws Exception {
        Feeds.Result result = Feeds.products(product, NEXT);
        assertEquals(List.of("NEXT"), result.products.stream().map(JsonProduct::sku).toList());
        assertEquals(1, result.products.get(0).index());
        return result.onlyProblem();
    }

    @Test
    void objectWherePriceIsExpected() throws Exception {
        assertEquals(new JsonProblem(0, "A", "price", "must be a number, not an object"),
                skippedBeforeNext("{\"sku\":\"A\",\"name\":\"N\",\"price\":{\"value\":[1,{\"x\":2}]},\"stock\":1}"));
    }

    @Test
    void arrayWhereNameIsExpected() throws Exception {
        assertEquals(new JsonProblem(0, "A", "name", "must be a string, not an array"),
                skippedBeforeNext("{\"sku\":\"A\",\"name\":[\"a\",[\"b\"]],\"price\":1}"));
    }

    @Test
    void textThatIsNotANumber() throws Exception {
        assertEquals(new JsonProblem(0, "A", "price", "is not a number: \"сто рублей\""),
                skippedBeforeNext("{\"sku\":\"A\",\"name\":\"N\",\"price\":\"сто рублей\"}"));
    }

    @Test
    void booleanWhereStockIsExpected() throws Exception {
        assertEquals(new JsonProblem(0, "A", "stock", "must be a number, not a boolean"),
                skippedBeforeNext("{\"sku\":\"A\",\"name\":\"N\",\"price\":1,\"stock\":true}"));
    }

    @Test
    void wordThatIsNotABoolean() throws Exception {
        assertEquals(new JsonProblem(0, "A", "is_active", "is not a boolean: \"maybe\""),
                skippedBeforeNext("{\"sku\":\"A\",\"name\":\"N\",\"price\":1,\"is_active\":\"maybe\"}"));
    }

    @Test
    void objectWhereSkuIsExpectedLeavesTheSkuUnknown() throws Exception {
        assertEquals(new JsonProblem(0, null, "sku", "must be a string, not an object"),
                skippedBeforeNext("{\"sku\":{\"a\":1},\"name\":\"N\",\"price\":1}"));
    }

    @Test
    void wrongTypeDeepInsideAVariant() throws Exception {
        assertEquals(new JsonProblem(0, "A", "variants[0].prices[0].value", "must be a number, not an array"),
                skippedBeforeNext("""
                        {"sku":"A","name":"N","price":1,"variants":[{"sku":"A-S",
                         "prices":[{"type":"t","value":[1,2,[3]]},{"type":"u","value":1}],"stock":1},{"sku":"A-M"}],
                         "unit":"шт"}"""));
    }

    @Test
    void scalarWhereAnArrayIsExpected() throws Exception {
        assertEquals(new JsonProblem(0, "A", "prices", "must be an array, not a number"),
                skippedBeforeNext("{\"sku\":\"A\",\"name\":\"N\",\"price\":1,\"prices\":5}"));
    }

    @Test
    void scalarWhereCharacteristicsAreExpected() throws Exception {
        assertEquals(new JsonProblem(0, "A", "characteristics", "must be an object or an array, not a string"),
                skippedBeforeNext("{\"sku\":\"A\",\"name\":\"N\",\"price\":1,\"characteristics\":\"Цвет: синий\"}"));
    }

    @Test
    void objectAsACharacteristicValue() throws Exception {
        assertEquals(new JsonProblem(0, "A", "characteristics.Цвет", "must be a string, not an object"),
                skippedBeforeNext("{\"sku\":\"A\",\"name\":\"N\",\"price\":1,\"characteristics\":{\"Цвет\":{\"r\":1}}}"));
    }

    @Test
    void productThatIsNotAnObject() throws Exception {
        assertEquals(new JsonProblem(0, null, "products[0]", "must be an object, not an array"),
                skippedBeforeNext("[{\"sku\":\"A\"}]"));
    }

    @Test
    void numberBeyondThePriceRange() throws Exception {
        assertEquals(new JsonProblem(0, "A", "price", "is too large (more than 15 digits before the decimal point)"),
                skippedBeforeNext("{\"sku\":\"A\",\"name\":\"N\",\"price\":1e999999999}"));
    }

    @Test
    void numericSkuIsTakenAsWritten() throws Exception {
        assertEquals("00123", Feeds.products("{\"sku\":\"00123\",\"name\":\"N\",\"price\":1}").only().sku());
        assertEquals("123", Feeds.products("{\"sku\":123,\"name\":\"N\",\"price\":1}").only().sku());
    }
}
