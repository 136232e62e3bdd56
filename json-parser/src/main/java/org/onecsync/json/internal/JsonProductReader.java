package org.onecsync.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one element of the {@code products} array into a {@link JsonProduct}, from its first token to its
 * last, whatever it contains: a value of the wrong type is remembered as the product's problem and skipped,
 * so the parser always ends on the product's closing token and the next product is read normally. Unknown
 * fields are skipped. Each collection of a product holds at most {@link #MAX_ENTRIES} entries and its text
 * at most {@link JsonValueReader#MAX_PRODUCT_TEXT} characters, so one product stays bounded in memory however
 * the body is written.
 */
final class JsonProductReader {

    /** Entries per collection of one product (characteristics, prices, variants, images, ...). */
    static final int MAX_ENTRIES = 10_000;

    private final JsonParser parser;
    private final JsonValueReader values;

    JsonProductReader(JsonParser parser) {
        this.parser = parser;
        this.values = new JsonValueReader(parser);
    }

    /**
     * Reads the product at the parser's current token and hands it, or its problem, to the listener.
     *
     * @param index the product's position in the {@code products} array
     * @param listener receives the product or its problem
     * @return whether a product was delivered
     * @throws IOException when the body itself is broken (the caller turns it into a whole-body failure)
     */
    boolean read(int index, JsonFeedListener listener) throws IOException {
        values.reset();
        long line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        if (token != JsonToken.START_OBJECT) {
            values.fault("products[" + index + "]", "must be an object, not " + JsonValueReader.describe(token));
            listener.problem(new JsonProblem(index, null, values.problemField(), values.problemMessage()), line);
            return false;
        }
        Fields fields = readFields("", true);
        JsonProduct product = fields.product(index);
        String field = values.problemField();
        String message = values.problemMessage();
        if (field == null) {
            JsonProductRules.Violation violation = JsonProductRules.check(product);
            if (violation != null) {
                field = violation.field();
                message = violation.message();
            }
        }
        if (field != null) {
            listener.problem(new JsonProblem(index, product.sku(), field, message), line);
            return false;
        }
        listener.product(product, line);
        return true;
    }

    /** Reads the fields of a product or variant object; the parser is on its START_OBJECT. */
    private Fields readFields(String prefix, boolean product) throws IOException {
        Fields f = new Fields();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            String path = prefix + name;
            switch (name) {
                case "sku" -> f.sku = values.text(path);
                case "external_id" -> f.externalId = values.text(path);
                case "name" -> f.name = values.text(path);
                case "price" -> f.price = values.number(path);
                case "old_price" -> f.oldPrice = values.number(path);
                case "stock" -> f.stock = values.number(path);
                case "characteristics" -> f.characteristicsGiven |= characteristics(path, f.characteristics);
                case "prices" -> prices(path, f.prices);
                case "stocks" -> stocks(path, f.stocks);
                default -> {
                    if (product) {
                        productField(name, path, f);
                    } else {
                        JsonSkip.value(parser);
                    }
                }
            }
        }
        return f;
    }

    /** The fields only a product has (a variant with them has them ignored, like any unknown field). */
    private void productField(String name, String path, Fields f) throws IOException {
        switch (name) {
            case "description" -> f.description = values.text(path);
            case "category" -> f.category = values.text(path);
            case "is_active" -> f.active = values.bool(path);
            case "unit" -> f.unit = values.text(path);
            case "variants" -> variants(path, f.variants);
            case "images" -> f.imagesGiven |= images(path, f.images);
            case "barcodes" -> f.barcodesGiven |= barcodes(path, f.barcodes);
            default -> JsonSkip.value(parser);
        }
    }

    /**
     * {@code {"Цвет":"Синий"}} or {@code [{"name":"Цвет","value":"Синий"}]}; a later duplicate name wins.
     *
     * @return whether the feed gave characteristics ({@code null} does not: the stored ones are kept)
     */
    private boolean characteristics(String path, Map<String, String> into) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                String value = values.text(path + "." + name);
                if (value != null && fits(path, into.size()) && values.keep(path, name.length())) {
                    into.put(name, value);
                }
            }
        } else if (token == JsonToken.START_ARRAY) {
            int i = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                String item = path + "[" + i++ + "]";
                if (!object(item) || !fits(path, into.size())) {
                    continue;
                }
                String name = null;
                String value = null;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    switch (key) {
                        case "name" -> name = values.text(item + ".name");
                        case "value" -> value = values.text(item + ".value");
                        default -> JsonSkip.value(parser);
                    }
                }
                if (name == null || name.isBlank()) {
                    values.fault(item + ".name", "is required");
                } else if (value != null) {
                    into.put(name, value);
                }
            }
        } else {
            values.fault(path, "must be an object or an array, not " + JsonValueReader.describe(token));
        }
        return true;
    }

    private void prices(String path, List<JsonPrice> into) throws IOException {
        elements(path, into, true, item -> {
            String type = null;
            BigDecimal value = null;
            String currency = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                switch (key) {
                    case "type" -> type = values.text(item + ".type");
                    case "value" -> value = values.number(item + ".value");
                    case "currency" -> currency = values.text(item + ".currency");
                    default -> JsonSkip.value(parser);
                }
            }
            into.add(new JsonPrice(type, value, currency));
        });
    }

    private void stocks(String path, List<JsonStock> into) throws IOException {
        elements(path, into, true, item -> {
            String warehouse = null;
            BigDecimal quantity = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                switch (key) {
                    case "warehouse" -> warehouse = values.text(item + ".warehouse");
                    case "quantity" -> quantity = values.number(item + ".quantity");
                    default -> JsonSkip.value(parser);
                }
            }
            into.add(new JsonStock(warehouse, quantity));
        });
    }

    private void variants(String path, List<JsonVariant> into) throws IOException {
        elements(path, into, true, item -> into.add(readFields(item + ".", false).variant()));
    }

    /**
     * URLs or file names: strings, or objects with a {@code url}; a single string is one image.
     *
     * @return whether the feed gave images ({@code null} does not: the stored ones are kept)
     */
    private boolean images(String path, List<String> into) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            String image = values.text(path);
            if (image != null) {
                into.add(image);
            }
            return true;
        }
        return elements(path, into, false, item -> {
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                String url = null;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    if (key.equals("url")) {
                        url = values.text(item + ".url");
                    } else {
                        JsonSkip.value(parser);
                    }
                }
                if (url == null || url.isBlank()) {
                    values.fault(item + ".url", "is required");
                } else {
                    into.add(url);
                }
            } else {
                String image = values.text(item);
                if (image != null) {
                    into.add(image);
                }
            }
        });
    }

    /**
     * An array of strings (or numbers, as EAN-13 often arrives), or a single one.
     *
     * @return whether the feed gave barcodes ({@code null} does not: the stored ones are kept)
     */
    private boolean barcodes(String path, List<String> into) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT) {
            String barcode = values.text(path);
            if (barcode != null) {
                into.add(barcode);
            }
            return true;
        }
        return elements(path, into, false, item -> {
            String barcode = values.text(item);
            if (barcode != null) {
                into.add(barcode);
            }
        });
    }

    /** Reads one element of an array; {@code item} is its path, such as {@code prices[2]}. */
    @FunctionalInterface
    private interface ElementReader {
        void read(String item) throws IOException;
    }

    /**
     * Walks the current array ({@code null} is an empty one), handing each element that fits the list's cap
     * and, with {@code objectsOnly}, is an object to {@code reader}; the others are the product's problems.
     *
     * @return whether the value was not {@code null}
     */
    private boolean elements(String path, List<?> into, boolean objectsOnly, ElementReader reader)
            throws IOException {
        if (!array(path)) {
            return parser.currentToken() != JsonToken.VALUE_NULL;
        }
        int i = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String item = path + "[" + i++ + "]";
            if ((objectsOnly && !object(item)) || !fits(path, into.size())) {
                continue;
            }
            reader.read(item);
        }
        return true;
    }

    /** {@return whether the current value is an array to walk; {@code null} is an empty one} */
    private boolean array(String path) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_ARRAY) {
            return true;
        }
        if (token != JsonToken.VALUE_NULL) {
            values.fault(path, "must be an array, not " + JsonValueReader.describe(token));
        }
        return false;
    }

    /** {@return whether the current array element is an object; anything else is skipped as a problem} */
    private boolean object(String item) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return true;
        }
        values.fault(item, "must be an object, not " + JsonValueReader.describe(token));
        return false;
    }

    /** {@return whether one more entry fits; when not, the current element is skipped as a problem} */
    private boolean fits(String path, int size) throws IOException {
        if (size < MAX_ENTRIES) {
            return true;
        }
        values.fault(path, "has more than " + MAX_ENTRIES + " entries");
        return false;
    }

    /** What one product or variant object held, before it becomes a record. */
    private static final class Fields {
        String sku;
        String externalId;
        String name;
        String description;
        BigDecimal price;
        BigDecimal oldPrice;
        BigDecimal stock;
        String category;
        Boolean active;
        String unit;
        boolean characteristicsGiven;
        boolean imagesGiven;
        boolean barcodesGiven;
        final Map<String, String> characteristics = new LinkedHashMap<>();
        final List<JsonPrice> prices = new ArrayList<>();
        final List<JsonStock> stocks = new ArrayList<>();
        final List<JsonVariant> variants = new ArrayList<>();
        final List<String> images = new ArrayList<>();
        final List<String> barcodes = new ArrayList<>();

        JsonProduct product(int index) {
            return new JsonProduct(index, externalId, sku, name, description, price, oldPrice, stock, category,
                    active, characteristicsGiven ? Collections.unmodifiableMap(characteristics) : null,
                    List.copyOf(prices), List.copyOf(stocks), List.copyOf(variants),
                    imagesGiven ? List.copyOf(images) : null, barcodesGiven ? List.copyOf(barcodes) : null, unit);
        }

        JsonVariant variant() {
            return new JsonVariant(sku, externalId, name, Collections.unmodifiableMap(characteristics), price,
                    oldPrice, stock, List.copyOf(prices), List.copyOf(stocks));
        }
    }
}
