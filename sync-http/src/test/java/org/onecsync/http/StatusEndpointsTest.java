package org.onecsync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.commerceml.testing.Fixtures;
import org.onecsync.jdbi.JdbiCatalogStore;

/** The status endpoints on a real Jetty, next to the exchange and the JSON API they report on. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StatusEndpointsTest {

    private static final String TIME = "\"\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z\"";
    private static final String PUSH = "{\"products\": [{\"sku\": \"A-1\", \"name\": \"Дрель\", \"price\": 10}, "
            + "{\"sku\": \"B-2\", \"name\": \"Пила\", \"price\": -1}]}";

    @TempDir
    Path dir;

    @Test
    void healthIsUpWithoutCredentialsWhenTheDatabaseAnswers() throws Exception {
        try (StatusServer server = StatusServer.sqlite(dir)) {
            assertEquals(200, server.push(PUSH.replace("-1", "1")).statusCode());
            HttpResponse<String> r = server.get("/health", b -> { });
            assertEquals(200, r.statusCode());
            assertEquals("{\"status\":\"up\"}", r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        }
    }

    @Test
    void healthIsUpWithANoteBeforeTheFirstImportCreatedTheTables() throws Exception {
        try (StatusServer server = StatusServer.sqlite(dir)) {
            HttpResponse<String> r = server.get("/health", b -> { });
            assertEquals(200, r.statusCode());
            assertEquals("{\"status\":\"up\",\"note\":\"no onec-sync database at " + dir.resolve("store.db")
                    + " (run an import first)\"}", r.body());
            assertEquals("{\"sessions\":[]}", server.get("/api/sessions").body());
        }
    }

    @Test
    void healthIsDownWith503AndAReasonWhenTheDatabaseCannotBeReached() throws Exception {
        try (StatusServer server = new StatusServer(JdbiCatalogStore.open(
                "jdbc:postgresql://127.0.0.1:1/x?connectTimeout=2&password=hunter2"), dir, Duration.ofSeconds(5))) {
            HttpResponse<String> r = server.get("/health", b -> { });
            assertEquals(503, r.statusCode());
            assertTrue(r.body().startsWith("{\"status\":\"down\",\"reason\":\""), r.body());
            assertFalse(r.body().contains("hunter2"), r.body());
            assertFalse(r.body().contains("\tat "), r.body());
        }
    }

    @Test
    void sessionsListAnExchangeImportAndAnApiPushNewestFirstWithTheirSources() throws Exception {
        try (StatusServer server = StatusServer.sqlite(dir)) {
            Path fixture = Fixtures.require("cml207-ut11-package");
            ExchangeClient client = new ExchangeClient(server.url("/1c_exchange"));
            assertTrue(client.checkauth().startsWith("success\n"));
            client.call("mode=init");
            client.upload("import0_1.xml", Files.readAllBytes(fixture.resolve("import0_1.xml")));
            assertTrue(client.importUntilDone("import0_1.xml").startsWith("success\n"));
            assertEquals(207, server.push(PUSH).statusCode());

            HttpResponse<String> list = server.get("/api/sessions");
            assertEquals(200, list.statusCode());
            Matcher sessions = Pattern.compile("\\{\"id\":(\\d+),\"kind\":\"(\\w+)\",\"source\":\"([^\"]+)\"")
                    .matcher(list.body());
            assertTrue(sessions.find(), list.body());
            assertEquals("2 all api", sessions.group(1) + " " + sessions.group(2) + " " + sessions.group(3));
            assertTrue(sessions.find(), list.body());
            assertEquals("1", sessions.group(1));
            assertTrue(sessions.group(3).matches("exchange \\d{8}T\\d{6}Z-[0-9a-f]{8}: import0_1\\.xml"),
                    sessions.group(3));
            String exchangeId = sessions.group(3).substring(9, 34);
            HttpResponse<String> exchange = server.get("/api/sessions/1");
            assertTrue(exchange.body().contains(",\"exchange_id\":\"" + exchangeId + "\""), exchange.body());
            assertFalse(sessions.find(), list.body());

            HttpResponse<String> one = server.get("/api/sessions?limit=1");
            assertEquals(1, one.body().split("\"id\":").length - 1, one.body());

            HttpResponse<String> push = server.get("/api/sessions/2");
            assertEquals(200, push.statusCode());
            assertEquals("{\"id\":2,\"kind\":\"all\",\"source\":\"api\",\"status\":\"partial\","
                    + "\"started_at\":T,\"ended_at\":T,\"dry_run\":false,\"counts\":{"
                    + "\"priceTypes\":{\"created\":1,\"updated\":0,\"unchanged\":0,\"deleted\":0,\"skipped\":0},"
                    + "\"products\":{\"created\":1,\"updated\":0,\"unchanged\":0,\"deleted\":0,\"skipped\":1},"
                    + "\"prices\":{\"created\":1,\"updated\":0,\"unchanged\":0,\"deleted\":0,\"skipped\":0}},"
                    + "\"problem_count\":1,\"problems\":[{\"entity\":\"products\",\"key\":\"B-2\","
                    + "\"file\":\"sync.json\",\"line\":1,\"reason\":\"products[1] (sku B-2): price: must be ≥ 0, "
                    + "not -1\"}],\"error\":null}", push.body().replaceAll(TIME, "T"));
        }
    }

    @Test
    void unknownSessionsExchangesAndPathsAnswer404() throws Exception {
        try (StatusServer server = StatusServer.sqlite(dir)) {
            assertEquals(200, server.push(PUSH.replace("-1", "1")).statusCode());
            HttpResponse<String> session = server.get("/api/sessions/99");
            assertEquals(404, session.statusCode());
            assertEquals("{\"error\":\"no session 99\"}", session.body());
            assertEquals(404, server.get("/api/sessions/abc").statusCode());
            assertEquals(404, server.get("/api/sessions/0").statusCode());
            HttpResponse<String> exchange = server.get("/api/exchanges/20260101T000000Z-0123abcd/log");
            assertEquals(404, exchange.statusCode());
            assertEquals("{\"error\":\"no exchange 20260101T000000Z-0123abcd\"}", exchange.body());
            // Not the form of an exchange id: never looked up as a path.
            Files.writeString(dir.resolve("secret.txt"), "secret");
            // Jetty itself refuses an encoded slash; the handler would refuse the id's form.
            HttpResponse<String> traversal = server.get("/api/exchanges/..%2Fsecret.txt/log");
            assertEquals(400, traversal.statusCode());
            // A log where a request names it, but under a name the exchange never issues: not served.
            Files.createDirectories(server.uploads.resolve("notanid"));
            Files.writeString(server.uploads.resolve("notanid").resolve("exchange.log"), "planted");
            HttpResponse<String> planted = server.get("/api/exchanges/notanid/log");
            assertEquals(404, planted.statusCode());
            assertEquals("{\"error\":\"no exchange notanid\"}", planted.body());
            assertEquals(404, server.get("/api/exchanges/x/other").statusCode());
            assertEquals(400, server.get("/api/sessions?limit=-3").statusCode());
        }
    }

    @Test
    void anExchangeLogIsServedAsTextByItsId() throws Exception {
        try (StatusServer server = StatusServer.sqlite(dir)) {
            ExchangeClient client = new ExchangeClient(server.url("/1c_exchange"));
            client.checkauth();
            assertTrue(client.call("mode=init").startsWith("zip="));
            String id;
            try (var folders = Files.list(server.uploads)) {
                id = folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).findFirst().orElseThrow();
            }
            HttpResponse<String> log = server.get("/api/exchanges/" + id + "/log",
                    StatusServer.basic(ExchangeServer.USER, ExchangeServer.PASSWORD));
            assertEquals(200, log.statusCode(), log.body());
            assertEquals("text/plain;charset=utf-8", log.headers().firstValue("Content-Type").orElseThrow()
                    .replace(" ", "").toLowerCase(java.util.Locale.ROOT));
            String[] lines = log.body().split("\n");
            assertEquals(2, lines.length, log.body());
            assertTrue(lines[0].matches("\\S+\t127\\.0\\.0\\.1\tGET\tcheckauth\t-\t0\t\\d+\tsuccess\t\\d+ms"), lines[0]);
            assertTrue(lines[1].matches("\\S+\t127\\.0\\.0\\.1\tGET\tinit\t-\t0\t\\d+\tzip=no\t\\d+ms"), lines[1]);
            assertFalse(log.body().contains(ExchangeServer.PASSWORD));
        }
    }

    @Test
    void everythingButHealthNeedsCredentialsAndAWrongOneGets401() throws Exception {
        try (StatusServer server = StatusServer.sqlite(dir)) {
            for (String path : new String[] {"/api/sessions", "/api/sessions/1", "/metrics",
                "/api/exchanges/20260101T000000Z-0123abcd/log"}) {
                HttpResponse<String> none = server.get(path, b -> { });
                assertEquals(401, none.statusCode(), path);
                assertEquals("{\"error\":\"the exchange credentials (Basic) or the API key (X-API-Key) are required\"}",
                        none.body());
                assertEquals(401, server.get(path, b -> b.header("X-API-Key", "wrong")).statusCode(), path);
                assertEquals(401, server.get(path, StatusServer.basic(ExchangeServer.USER, "wrong")).statusCode(),
                        path);
            }
            assertEquals(200, server.get("/api/sessions",
                    StatusServer.basic(ExchangeServer.USER, ExchangeServer.PASSWORD)).statusCode());
            assertEquals(200, server.get("/metrics").statusCode());
        }
    }

    @Test
    void aRunningImportShowsItsLivePhaseAndPercent() throws Exception {
        try (StatusServer server = new StatusServer(JdbiCatalogStore.open("jdbc:sqlite:" + dir.resolve("s.db")), dir,
                Duration.ofMillis(300))) {
            // The first import creates the tables: on a busy machine it may outlast the 300 ms wait (202). Its task
            // is counted once it has ended, its lock released: wait for that before holding the second.
            int first = server.push(PUSH.replace("-1", "1")).statusCode();
            assertTrue(first == 200 || first == 202, Integer.toString(first));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!server.get("/metrics").body().contains("onecsync_imports_total{kind=\"all\",source=\"api\","
                    + "status=\"succeeded\"} 1.0") && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            server.store.hold();
            HttpResponse<String> accepted = server.push(PUSH.replace("-1", "2"));
            assertEquals(202, accepted.statusCode(), accepted.body());
            assertTrue(server.store.entered.await(20, TimeUnit.SECONDS));
            HttpResponse<String> running = server.get("/api/sessions/2");
            assertEquals(200, running.statusCode());
            assertTrue(running.body().contains("\"status\":\"running\""), running.body());
            // Held at its first write: both records read, applying.
            assertTrue(running.body().endsWith(",\"error\":null,\"state\":\"running\",\"phase\":\"applying\","
                    + "\"percent\":100,\"records\":2}"), running.body());
            assertTrue(server.get("/api/sessions").body().contains("\"phase\":\"applying\""));

            server.store.release();
            String body = awaitEnd(server, 2);
            assertTrue(body.contains("\"status\":\"succeeded\""), body);
            assertFalse(body.contains("\"phase\""), body);
        }
    }

    /** Polls a session (up to 20 s) until it no longer runs; its last JSON. */
    private static String awaitEnd(StatusServer server, long id) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String body = server.get("/api/sessions/" + id).body();
        while (body.contains("\"status\":\"running\"") && System.nanoTime() < deadline) {
            Thread.sleep(50);
            body = server.get("/api/sessions/" + id).body();
        }
        return body;
    }

    @Test
    void metricsCountImportsAndExchangeCallsWithTheirLabels() throws Exception {
        try (StatusServer server = StatusServer.sqlite(dir)) {
            assertEquals(207, server.push(PUSH).statusCode());
            ExchangeClient client = new ExchangeClient(server.url("/1c_exchange"));
            client.checkauth();
            client.call("mode=init");
            client.call("mode=nonsense");
            HttpResponse<String> r = server.get("/metrics");
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
            String text = r.body();
            assertTrue(text.contains("onecsync_imports_total{kind=\"all\",source=\"api\",status=\"partial\"} 1.0"),
                    text);
            assertTrue(text.contains("onecsync_import_duration_seconds_count{kind=\"all\",source=\"api\","
                    + "status=\"partial\"} 1"), text);
            assertTrue(text.contains("onecsync_records_applied_total{entity=\"products\",source=\"api\"} 1.0"), text);
            assertTrue(text.contains("onecsync_exchange_requests_total{mode=\"checkauth\",status=\"success\"} 1.0"),
                    text);
            assertTrue(text.contains("onecsync_exchange_requests_total{mode=\"init\",status=\"other\"} 1.0"), text);
            assertTrue(text.contains("onecsync_exchange_requests_total{mode=\"other\",status=\"failure\"} 1.0"), text);
            assertTrue(text.contains("onecsync_received_bytes_total{endpoint=\"api\"} " + PUSH.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8).length + ".0"), text);
        }
    }
}
