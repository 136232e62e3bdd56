package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.commerceml.testing.Fixtures;

/** {@code onec-sync serve} in a process of its own: a full exchange of the real package, then SIGTERM. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ServeCommandTest {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:(\\d+)/1c_exchange)");

    @TempDir
    Path dir;

    @Test
    void refusesToStartWithoutTheExchangeCredentialsInTheEnvironment() {
        CliRun run = CliRun.withEnvironment(Map.of("ONEC_SYNC_EXCHANGE_USER", "exchange"), "serve", "--port", "0",
                "--db", dir.resolve("x.db").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("error: set the exchange user and password in $ONEC_SYNC_EXCHANGE_USER and "
                + "$ONEC_SYNC_EXCHANGE_PASSWORD, or as exchange.user and exchange.password in the config file (they "
                + "are never taken from the command line)\n", run.err());
        assertFalse(Files.exists(dir.resolve("x.db")));
    }

    @Test
    void refusesAnUnknownReplyCharset() {
        CliRun run = CliRun.withEnvironment(Map.of("ONEC_SYNC_EXCHANGE_USER", "u", "ONEC_SYNC_EXCHANGE_PASSWORD",
                "p"), "serve", "--reply-charset", "koi8-r", "--db", dir.resolve("x.db").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("error: invalid value for option '--reply-charset': koi8-r"), run.err());
    }

    @Test
    void refusesAnUnknownMissingPolicy() {
        CliRun run = CliRun.withEnvironment(Map.of("ONEC_SYNC_EXCHANGE_USER", "u", "ONEC_SYNC_EXCHANGE_PASSWORD",
                "p"), "serve", "--missing", "sometimes", "--db", dir.resolve("x.db").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("error: invalid value for option '--missing': 'sometimes' (choose one of "
                + "keep, deactivate, delete)"), run.err());
    }

    @Test
    void servesAFullExchangeThatLandsAsAnImportFromDiskAndStopsOnSigterm() throws Exception {
        Path fixture = Fixtures.require("cml207-ut11-package");
        Path db = dir.resolve("served.db");
        ChildCli child = ChildCli.start(dir, Map.of("ONEC_SYNC_EXCHANGE_USER", "exchange",
                "ONEC_SYNC_EXCHANGE_PASSWORD", "secret"), "serve", "--port", "0", "--db", db.toString(),
                "--upload-dir", dir.resolve("uploads").toString(), "--file-limit", "30000");
        try {
            String url = awaitUrl(child);
            String out = child.stdout();
            assertTrue(out.contains("  user:         exchange\n"), out);
            assertTrue(out.contains("Settings: zip=no, file_limit=30000 bytes, replies in utf-8"), out);
            assertTrue(out.contains(", deactivate: deactivates what a complete exchange's full packages no longer "
                    + "hold\n"), out);
            assertFalse(out.contains("secret"), out);

            HttpClient http = HttpClient.newHttpClient();
            String auth = "Basic " + Base64.getEncoder().encodeToString("exchange:secret".getBytes(StandardCharsets.UTF_8));
            String checkauth = send(http, url + "?type=catalog&mode=checkauth", auth, null, null);
            String[] lines = checkauth.split("\n");
            assertEquals("success", lines[0], checkauth);
            String cookie = lines[1] + "=" + lines[2];
            String sessid = "&" + lines[3];
            assertEquals("zip=no\nfile_limit=30000", send(http, url + "?type=catalog&mode=init" + sessid, null,
                    cookie, null));
            for (String name : new String[] {"import0_1.xml", "offers0_1.xml"}) {
                byte[] bytes = Files.readAllBytes(fixture.resolve(name));
                for (int from = 0; from < bytes.length; from += 30000) {
                    assertEquals("success", send(http, url + "?type=catalog&mode=file&filename=" + name + sessid,
                            null, cookie, Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + 30000))));
                }
                String reply = "progress";
                for (int i = 0; i < 1000 && reply.startsWith("progress"); i++) {
                    reply = send(http, url + "?type=catalog&mode=import&filename=" + name + sessid, null, cookie, null);
                }
                assertTrue(reply.startsWith("success\nimported " + name), reply);
            }
            String deactivate = "progress";
            for (int i = 0; i < 1000 && deactivate.startsWith("progress"); i++) {
                deactivate = send(http, url + "?type=catalog&mode=deactivate&timestamp=1" + sessid, null, cookie,
                        null);
            }
            assertTrue(deactivate.startsWith("success\nnothing to deactivate: every stored record is in the full "
                    + "packages of this exchange"), deactivate);
            assertTrue(send(http, url + "?type=catalog&mode=complete" + sessid, null, cookie, null)
                    .startsWith("success\n"));
        } finally {
            child.process().destroy();
        }
        assertEquals(143, child.await(), child.stdout() + child.stderr());
        assertTrue(child.stdout().endsWith("stopped\n"), child.stdout());

        Path disk = dir.resolve("disk.db");
        CliRun imported = CliRun.of("import", fixture.toString(), "--db", disk.toString(), "--missing", "deactivate");
        assertEquals(0, imported.exitCode(), imported.err());
        CliRun expected = CliRun.of("dump", "--db", disk.toString());
        CliRun actual = CliRun.of("dump", "--db", db.toString());
        assertFalse(expected.out().isEmpty());
        assertEquals(expected.out(), actual.out());
    }

    @Test
    void servesTheJsonApiWithTheKeyFromTheEnvironmentAndDisablesItWithout() throws Exception {
        Path db = dir.resolve("api.db");
        ChildCli child = ChildCli.start(dir, Map.of("ONEC_SYNC_EXCHANGE_USER", "exchange",
                "ONEC_SYNC_EXCHANGE_PASSWORD", "secret", "ONEC_SYNC_API_KEY", "api-secret"), "serve", "--port", "0",
                "--db", db.toString(), "--upload-dir", dir.resolve("uploads").toString(), "--api-wait", "30");
        try {
            String api = awaitUrl(child).replace("/1c_exchange", "/api/1c");
            String out = child.stdout();
            assertTrue(out.contains("JSON API: POST " + api + "/sync (JSON push) and " + api + "/upload (multipart "
                    + "file), key in X-API-Key: the value of $ONEC_SYNC_API_KEY; bodies up to 104857600 bytes, "
                    + "imports waited for 30 s\n"), out);
            assertFalse(out.contains("api-secret"), out);
            HttpResponse<String> pushed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api
                    + "/sync")).header("X-API-Key", "api-secret").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"products\": [{\"sku\": \"A-1\", \"name\": "
                        + "\"Дрель\", \"price\": 10}]}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, pushed.statusCode(), pushed.body());
            assertEquals("{\"status\":\"success\",\"processed\":1,\"created\":1,\"updated\":0,\"errors\":[]}",
                    pushed.body());

            String root = api.replace("/api/1c", "");
            assertTrue(out.contains("Status: GET " + root + "/health (no credentials); " + root + "/api/sessions, "
                    + root + "/api/exchanges/ID/log and " + root + "/metrics (Prometheus) with the exchange user and "
                    + "password (Basic) or the API key\n"), out);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(root + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            assertEquals("{\"status\":\"up\"}", health.body());
            assertEquals(401, http.send(HttpRequest.newBuilder(URI.create(root + "/api/sessions")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            HttpResponse<String> sessions = http.send(HttpRequest.newBuilder(URI.create(root + "/api/sessions"))
                    .header("X-API-Key", "api-secret").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, sessions.statusCode());
            assertTrue(sessions.body().startsWith("{\"sessions\":[{\"id\":1,\"kind\":\"all\",\"source\":\"api\","
                    + "\"status\":\"succeeded\""), sessions.body());
            assertTrue(out.contains("Status page: " + root + "/ in a browser, with the same credentials\n"), out);
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(root + "/"))
                    .header("X-API-Key", "api-secret").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
            assertTrue(page.body().contains("<tr id=\"session-1\">"), page.body());
            assertEquals(401, http.send(HttpRequest.newBuilder(URI.create(root + "/sessions/1")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(root + "/metrics"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "exchange:secret".getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, metrics.statusCode());
            assertTrue(metrics.body().contains("onecsync_imports_total{kind=\"all\",source=\"api\","
                    + "status=\"succeeded\"} 1.0\n"), metrics.body());
        } finally {
            child.process().destroy();
        }
        assertEquals(143, child.await(), child.stdout() + child.stderr());

        ChildCli disabled = ChildCli.start(dir, Map.of("ONEC_SYNC_EXCHANGE_USER", "exchange",
                "ONEC_SYNC_EXCHANGE_PASSWORD", "secret"), "serve", "--port", "0", "--db", db.toString(),
                "--upload-dir", dir.resolve("uploads").toString());
        try {
            String api = awaitUrl(disabled).replace("/1c_exchange", "/api/1c");
            assertTrue(disabled.stdout().contains("JSON API: disabled (answers 503) until $ONEC_SYNC_API_KEY or "
                    + "api.key in the config file is set\n"), disabled.stdout());
            HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api
                    + "/sync")).header("X-API-Key", "api-secret").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"products\": []}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, refused.statusCode(), refused.body());
        } finally {
            disabled.process().destroy();
        }
        assertEquals(143, disabled.await(), disabled.stdout() + disabled.stderr());
    }

    /** The exchange URL a {@code serve} child prints, once it has printed all its start lines (at most 60 s). */
    static String awaitUrl(ChildCli child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String out = child.stdout();
            Matcher m = LISTENING.matcher(out);
            // The start lines are printed one by one: wait for the last.
            if (m.find() && out.contains("Stop with Ctrl-C or SIGTERM.\n")) {
                return m.group(1);
            }
            if (!child.process().isAlive()) {
                fail("serve ended: " + child.stdout() + child.stderr());
            }
            Thread.sleep(50);
        }
        fail("serve did not start: " + child.stdout() + child.stderr());
        return null;
    }

    static String send(HttpClient http, String url, String auth, String cookie, byte[] body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        request.method(body == null ? "GET" : "POST", body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }
}
