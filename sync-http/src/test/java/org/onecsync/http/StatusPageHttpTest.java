package org.onecsync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The status page's answers as any HTTP client sees them: auth, headers, errors; the browser test reads the pages. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StatusPageHttpTest {

    private static final String PUSH = "{\"products\": [{\"sku\": \"A-1\", \"name\": \"Дрель\", \"price\": 10}]}";

    @TempDir
    Path dir;

    @Test
    void withoutOrWithWrongCredentialsThePageAnswers401AskingTheBrowserForBasic() throws Exception {
        try (StatusServer server = StatusServer.sqlite(dir)) {
            for (String path : new String[] {"/", "/sessions/1", "/sessions/x"}) {
                HttpResponse<String> none = server.get(path, b -> { });
                assertEquals(401, none.statusCode(), path);
                assertEquals("Basic realm=\"onec-sync\", charset=\"UTF-8\"",
                        none.headers().firstValue("WWW-Authenticate").orElseThrow());
                assertEquals("text/html;charset=utf-8", contentType(none));
                assertTrue(none.body().contains("<h1>Sign in</h1>"), none.body());
                assertEquals(401, server.get(path, StatusServer.basic(ExchangeServer.USER, "wrong")).statusCode());
                assertEquals(401, server.get(path, b -> b.header("X-API-Key", "wrong")).statusCode());
            }
            assertEquals(200, server.get("/", StatusServer.basic(ExchangeServer.USER, ExchangeServer.PASSWORD))
                    .statusCode());
            assertEquals(200, server.get("/").statusCode());
        }
    }

    @Test
    void pagesAreUtf8HtmlThatForbidScriptsFramingSniffingAndCaching() throws Exception {
        try (StatusServer server = StatusServer.sqlite(dir)) {
            assertEquals(200, server.push(PUSH).statusCode());
            for (String path : new String[] {"/", "/sessions/1", "/sessions/9", "/sessions/x"}) {
                HttpResponse<String> page = server.get(path);
                assertEquals("text/html;charset=utf-8", contentType(page), path);
                assertEquals("default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
                        + "frame-ancestors 'none'", page.headers().firstValue("Content-Security-Policy").orElseThrow());
                assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
                assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());
                assertTrue(page.body().startsWith(
                        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"), page.body());
                assertFalse(page.body().contains("<script"), page.body());
                assertFalse(page.body().contains("http-equiv=\"refresh\""), page.body());
            }
        }
    }

    @Test
    void anUnknownSessionIs404AMalformedIdOrLimit400AndOnlyGetIsAllowed() throws Exception {
        try (StatusServer server = StatusServer.sqlite(dir)) {
            assertEquals(200, server.push(PUSH).statusCode());
            HttpResponse<String> unknown = server.get("/sessions/99");
            assertEquals(404, unknown.statusCode());
            assertTrue(unknown.body().contains("<p class=\"message\">There is no session 99.</p>"), unknown.body());
            assertEquals(400, server.get("/sessions/abc").statusCode());
            assertEquals(400, server.get("/sessions/1234567890123456789").statusCode());
            assertEquals(400, server.get("/sessions/").statusCode());
            assertEquals(400, server.get("/?limit=0").statusCode());
            assertEquals(400, server.get("/?limit=x").statusCode());
            assertEquals(200, server.get("/?limit=1").statusCode());
            HttpResponse<String> post = server.client.send(HttpRequest.newBuilder(URI.create(server.url("/")))
                    .timeout(Duration.ofSeconds(30)).header("X-API-Key", ApiServer.KEY)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(405, post.statusCode());
            assertEquals(List.of("GET, HEAD"), post.headers().allValues("Allow"));
            // Only the root and /sessions/ are the page's: other paths stay unknown to it.
            assertEquals(404, server.get("/index.html").statusCode());
        }
    }

    @Test
    void beforeAnyImportTheListSaysSo() throws Exception {
        try (StatusServer server = StatusServer.sqlite(dir)) {
            HttpResponse<String> page = server.get("/");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<p id=\"empty\">No import has run yet.</p>"), page.body());
        }
    }

    @Test
    void theListIsLimitedLikeTheJsonList() throws Exception {
        try (StatusServer server = StatusServer.sqlite(dir)) {
            assertEquals(200, server.push(PUSH).statusCode());
            assertEquals(200, server.push(PUSH).statusCode());
            String page = server.get("/?limit=1").body();
            assertTrue(page.contains("<tr id=\"session-2\">"), page);
            assertFalse(page.contains("<tr id=\"session-1\">"), page);
        }
    }

    private static String contentType(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElseThrow().replace(" ", "")
                .toLowerCase(java.util.Locale.ROOT);
    }
}
