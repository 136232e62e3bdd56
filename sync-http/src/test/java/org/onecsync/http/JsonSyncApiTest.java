package org.onecsync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.commerceml.CommerceMlParserProvider;
import org.onecsync.parse.ParserRegistry;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class JsonSyncApiTest {

    static final String GOOD = """
            {"sku": "A-1", "name": "Перфоратор", "description": "…", "price": 100.50, "old_price": 120,
             "stock": 5, "category": "Инструмент / Перфораторы", "is_active": true,
             "characteristics": {"Мощность": "800 Вт", "Цвет": "Синий"}}""";

    @TempDir
    Path dir;

    @Test
    void everyProductAppliedAnswers200Success() throws Exception {
        try (ApiServer server = ApiServer.start(dir)) {
            HttpResponse<String> r = server.push("{\"products\": [" + GOOD
                    + ", {\"sku\": \"B-2\", \"name\": \"Дрель\", \"price\": 50}]}", ApiServer.KEY);
            assertEquals(200, r.statusCode());
            assertEquals("{\"status\":\"success\",\"processed\":2,\"created\":2,\"updated\":0,\"errors\":[]}", r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
            assertEquals("api", server.store.sessions().recent(1).get(0).source());

            HttpResponse<String> again = server.push("{\"products\": [" + GOOD.replace("\"…\"", "\"Новое описание\"")
                    + ", {\"sku\": \"B-2\", \"name\": \"Дрель\", \"price\": 50}]}", ApiServer.KEY);
            assertEquals(200, again.statusCode());
            assertEquals("{\"status\":\"success\",\"processed\":2,\"created\":0,\"updated\":1,\"errors\":[]}",
                    again.body());
            assertEquals(List.of(), tempFiles(server));
        }
    }

    @Test
    void someProductsFailingAnswers207PartialWithIndexSkuFieldAndMessage() throws Exception {
        try (ApiServer server = ApiServer.start(dir)) {
            HttpResponse<String> r = server.push("{\"products\": [" + GOOD
                    + ", {\"sku\": \"B-2\", \"name\": \"Дрель\", \"price\": -1}"
                    + ", {\"sku\": \"C-3\", \"price\": 10}]}", ApiServer.KEY);
            assertEquals(207, r.statusCode());
            assertEquals("{\"status\":\"partial\",\"processed\":1,\"created\":1,\"updated\":0,\"errors\":["
                    + "{\"index\":1,\"sku\":\"B-2\",\"field\":\"price\",\"message\":\"must be ≥ 0, not -1\"},"
                    + "{\"index\":2,\"sku\":\"C-3\",\"field\":\"name\",\"message\":\"is required\"}]}", r.body());
        }
    }

    @Test
    void noProductAppliedAnswers400Error() throws Exception {
        try (ApiServer server = ApiServer.start(dir)) {
            HttpResponse<String> r = server.push("{\"products\": [{\"name\": \"Без артикула\", \"price\": 1}, 7]}",
                    ApiServer.KEY);
            assertEquals(400, r.statusCode());
            assertEquals("{\"status\":\"error\",\"processed\":0,\"created\":0,\"updated\":0,\"errors\":["
                    + "{\"index\":0,\"sku\":null,\"field\":\"sku\",\"message\":\"is required\"},"
                    + "{\"index\":1,\"sku\":null,\"field\":null,\"message\":\"must be an object, not a number\"}]}",
                    r.body());
            assertEquals(List.of(), tempFiles(server));
        }
    }

    @Test
    void aSkuSharedByTwoProductsIsAnErrorOfNoIndexOrField() throws Exception {
        try (ApiServer server = ApiServer.start(dir)) {
            assertEquals(200, server.push("{\"products\": [{\"external_id\": \"g-1\", \"sku\": \"S-1\", \"name\": \"Один\", "
                    + "\"price\": 1}, {\"external_id\": \"g-2\", \"sku\": \"S-1\", \"name\": \"Два\", \"price\": 2}]}",
                    ApiServer.KEY).statusCode());
            HttpResponse<String> r = server.push("{\"products\": [{\"sku\": \"S-1\", \"name\": \"Какой?\", "
                    + "\"price\": 3}]}", ApiServer.KEY);
            assertEquals(400, r.statusCode());
            assertEquals("{\"status\":\"error\",\"processed\":0,\"created\":0,\"updated\":0,\"errors\":["
                    + "{\"index\":null,\"sku\":\"S-1\",\"field\":null,\"message\":\"SKU S-1 is shared by 2 active "
                    + "products (g-1, g-2); send external_id to choose one\"}]}", r.body());
        }
    }

    @Test
    void aBodyThatIsNotJsonAnswers400() throws Exception {
        try (ApiServer server = ApiServer.start(dir)) {
            HttpResponse<String> r = server.push("products=A-1", ApiServer.KEY);
            assertEquals(400, r.statusCode());
            assertEquals("{\"status\":\"error\",\"processed\":0,\"created\":0,\"updated\":0,\"errors\":["
                    + "{\"index\":null,\"sku\":null,\"field\":null,\"message\":\"the body is not JSON: Unrecognized token 'products': was expecting (JSON String, "
                    + "Number, Array, Object or token 'null', 'true' or 'false')\"}]}", r.body());
            HttpResponse<String> truncated = server.push("{\"products\": [" + GOOD, ApiServer.KEY);
            assertEquals(400, truncated.statusCode());
            assertTrue(truncated.body().startsWith("{\"status\":\"error\",\"processed\":0"), truncated.body());
            assertEquals(List.of(), tempFiles(server));
        }
    }

    @Test
    void aBodyWithoutAProductsArrayAnswers400() throws Exception {
        try (ApiServer server = ApiServer.start(dir)) {
            HttpResponse<String> r = server.push("{\"items\": [" + GOOD + "], \"products\": {}}", ApiServer.KEY);
            assertEquals(400, r.statusCode());
            assertEquals("{\"status\":\"error\",\"processed\":0,\"created\":0,\"updated\":0,\"errors\":["
                    + "{\"index\":null,\"sku\":null,\"field\":null,"
                    + "\"message\":\"the body has no \\\"products\\\" array\"}]}", r.body());
        }
    }

    @Test
    void aWrongOrMissingKeyAnswers401AndWritesNothing() throws Exception {
        String body = "{\"products\": [" + GOOD + "]}";
        String expected = "{\"status\":\"error\",\"processed\":0,\"created\":0,\"updated\":0,\"errors\":["
                + "{\"index\":null,\"sku\":null,\"field\":null,"
                + "\"message\":\"missing or wrong API key (X-API-Key header, or token in the body)\"}]}";
        try (ApiServer server = ApiServer.start(dir)) {
            assertEquals(200, server.push("{\"products\": [{\"sku\": \"Z-9\", \"name\": \"Было\", \"price\": 1}]}",
                    ApiServer.KEY).statusCode());
            List<String> before = ExchangeServer.dump(server.store);
            for (String key : new String[] {"wrong", ApiServer.KEY + "x", "", null}) {
                HttpResponse<String> r = server.push(body, key);
                assertEquals(401, r.statusCode(), "key " + key);
                assertEquals(expected, r.body());
            }
            HttpResponse<String> token = server.push("{\"token\": \"wrong\", \"products\": [" + GOOD + "]}", null);
            assertEquals(401, token.statusCode());
            // A right token does not rescue a wrong header: the header decides when it is sent.
            HttpResponse<String> both = server.push("{\"token\": \"" + ApiServer.KEY + "\", \"products\": ["
                    + GOOD + "]}", "wrong");
            assertEquals(401, both.statusCode());
            assertEquals(before, ExchangeServer.dump(server.store));
            assertEquals(List.of(), tempFiles(server));
        }
    }

    @Test
    void theKeyMayComeAsTokenInTheBody() throws Exception {
        try (ApiServer server = ApiServer.start(dir)) {
            HttpResponse<String> r = server.push("{\"token\": \"" + ApiServer.KEY + "\", \"products\": [" + GOOD
                    + "]}", null);
            assertEquals(200, r.statusCode());
            assertEquals("{\"status\":\"success\",\"processed\":1,\"created\":1,\"updated\":0,\"errors\":[]}", r.body());
        }
    }

    @Test
    void withoutAKeyConfiguredTheApiAnswers503() throws Exception {
        try (ApiServer server = ApiServer.start(dir, null, s -> s)) {
            HttpResponse<String> r = server.push("{\"products\": []}", "anything");
            assertEquals(503, r.statusCode());
            assertEquals("{\"status\":\"error\",\"processed\":0,\"created\":0,\"updated\":0,\"errors\":["
                    + "{\"index\":null,\"sku\":null,\"field\":null,"
                    + "\"message\":\"the API is disabled: no API key is configured\"}]}", r.body());
        }
    }

    @Test
    void aPushMeetingAShortImportWaitsForItInsteadOfAnswering503() throws Exception {
        try (ApiServer server = ApiServer.start(dir)) {
            server.store.prepare();
            java.util.concurrent.CompletableFuture<HttpResponse<String>> answer;
            try (org.onecsync.store.ImportLock held = server.store.lock()) {
                answer = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return server.push("{\"products\": [" + GOOD + "]}", ApiServer.KEY);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                Thread.sleep(300); // the push is on its way or waiting: either way it must get the lock once free
            }
            HttpResponse<String> r = answer.get(30, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("{\"status\":\"success\",\"processed\":1,\"created\":1,\"updated\":0,\"errors\":[]}", r.body());
        }
    }

    @Test
    void withoutAJsonParserOnTheClassPathAPushAnswers503SayingSo() throws Exception {
        try (ApiServer server = ApiServer.withParsers(dir, ParserRegistry.of(new CommerceMlParserProvider()))) {
            HttpResponse<String> r = server.push("{\"products\": [" + GOOD + "]}", ApiServer.KEY);
            assertEquals(503, r.statusCode());
            assertEquals("{\"status\":\"error\",\"processed\":0,\"created\":0,\"updated\":0,\"errors\":["
                    + "{\"index\":null,\"sku\":null,\"field\":null,\"message\":\"JSON pushes are not available on "
                    + "this server: no parser reads JSON (the json-parser module is not on its class path)\"}]}",
                    r.body());
        }
    }

    /**
     * The temp files once the container has finished the request: Jetty deletes the multipart files of a request
     * it refused when the request completes, which may be just after the client has the answer. Waits up to 5 s.
     */
    static List<Path> tempFilesOnceSettled(ApiServer server) throws java.io.IOException, InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        List<Path> files = tempFiles(server);
        while (!files.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            files = tempFiles(server);
        }
        return files;
    }

    static List<Path> tempFiles(ApiServer server) throws java.io.IOException {
        if (!java.nio.file.Files.exists(server.temp)) {
            return List.of();
        }
        try (var files = java.nio.file.Files.walk(server.temp)) {
            return files.filter(java.nio.file.Files::isRegularFile).toList();
        }
    }
}
