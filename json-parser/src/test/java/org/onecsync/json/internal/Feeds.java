package org.onecsync.json.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: reads a body and keeps what the listener received. */
final class Feeds {

    /** What one read delivered. */
    static final class Result implements JsonFeedListener {
        final List<JsonProduct> products = new ArrayList<>();
        final List<JsonProblem> problems = new ArrayList<>();
        /** The modes heard, as "full@line" or "changes@line". */
        final List<String> modes = new ArrayList<>();
        JsonFeedSummary summary;

        @Override
        public void product(JsonProduct product, long line) {
            products.add(product);
        }

        @Override
        public void problem(JsonProblem problem, long line) {
            problems.add(problem);
        }

        @Override
        public void mode(boolean full, long line) {
            modes.add((full ? "full@" : "changes@") + line);
        }

        JsonProduct only() {
            if (products.size() != 1 || !problems.isEmpty()) {
                throw new AssertionError("expected one product, got " + products + " and " + problems);
            }
            return products.get(0);
        }

        JsonProblem onlyProblem() {
            if (problems.size() != 1) {
                throw new AssertionError("expected one problem, got " + problems + " and " + products);
            }
            return problems.get(0);
        }
    }

    private Feeds() {
    }

    static Result read(String json) throws IOException {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    static Result read(byte[] body) throws IOException {
        return read(new ByteArrayInputStream(body));
    }

    static Result read(InputStream in) throws IOException {
        Result result = new Result();
        result.summary = JsonFeedReader.read(in, "feed.json", result);
        return result;
    }

    /** A body holding the given products' JSON. */
    static Result products(String... products) throws IOException {
        return read("{\"products\":[" + String.join(",", products) + "]}");
    }
}
