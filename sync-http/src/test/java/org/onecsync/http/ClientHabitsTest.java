package org.onecsync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.jdbi.JdbiCatalogStore;

/** How real clients talk: HTTP/1.0, a trailing slash, parameters in a form body, a form-labelled file body. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClientHabitsTest {

    @TempDir
    Path dir;

    private static final byte[] XML = "<?xml version=\"1.0\"?>\n<КоммерческаяИнформация ВерсияСхемы=\"2.07\"/>\n"
            .getBytes(StandardCharsets.UTF_8);

    /** One HTTP/1.0 exchange over a raw socket; returns the whole response, headers included. */
    private static String http10(int port, String requestLine, byte[] body, String... headers) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(requestLine).append(" HTTP/1.0\r\n")
                    .append("User-Agent: 1C+Enterprise/8.3\r\nHost: 127.0.0.1\r\n");
            for (String header : headers) {
                head.append(header).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String basic() {
        return "Authorization: Basic " + Base64.getEncoder().encodeToString(
                (ExchangeServer.USER + ":" + ExchangeServer.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anHttp10ClientGetsContentLengthRepliesAndCanUpload() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s)) {
            String checkauth = http10(server.port(), "GET /1c_exchange?type=catalog&mode=checkauth", null, basic());
            assertTrue(checkauth.startsWith("HTTP/1.0 200") || checkauth.startsWith("HTTP/1.1 200"), checkauth);
            String lower = checkauth.toLowerCase();
            assertTrue(lower.contains("\r\ncontent-length: "), checkauth);
            assertFalse(lower.contains("transfer-encoding"), checkauth);
            String body = checkauth.substring(checkauth.indexOf("\r\n\r\n") + 4);
            String[] lines = body.split("\n");
            assertEquals("success", lines[0]);
            assertTrue(lower.contains("\r\nset-cookie: onecsync_session=" + lines[2]), checkauth);
            String cookie = "Cookie: " + lines[1] + "=" + lines[2];
            String sessid = lines[3];
            String init = http10(server.port(), "GET /1c_exchange?type=catalog&mode=init&" + sessid, null, cookie);
            assertTrue(init.endsWith("\r\n\r\nzip=no\nfile_limit=8388608"), init);
            String file = http10(server.port(), "POST /1c_exchange?type=catalog&mode=file&filename=import.xml&"
                    + sessid, XML, cookie, "Content-Type: application/octet-stream");
            assertTrue(file.endsWith("\r\n\r\nsuccess"), file);
            assertTrue(file.toLowerCase().contains("\r\ncontent-length: 7\r\n"), file);
            assertStored(server, "import.xml", XML);
        }
    }

    private static void assertStored(ExchangeServer server, String name, byte[] expected) throws Exception {
        try (Stream<Path> files = Files.walk(server.uploads)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().equals(name)).toList();
            assertEquals(1, found.size(), found.toString());
            assertEquals(new String(expected, StandardCharsets.UTF_8), Files.readString(found.get(0)));
        }
    }

    private static HttpResponse<String> raw(String url, String method, String contentType, byte[] body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Authorization", basic().substring("Authorization: ".length()))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thePathWithATrailingSlashAnswersTheSameWithoutARedirect() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s)) {
            for (String url : List.of(server.url() + "?type=catalog&mode=init",
                    server.url() + "/?type=catalog&mode=init")) {
                HttpResponse<String> response = raw(url, "GET", null, null);
                assertEquals(200, response.statusCode(), url);
                assertEquals("zip=no\nfile_limit=8388608", response.body(), url);
            }
        }
    }

    @Test
    void parametersInAUrlencodedBodyAreReadWhenTheUrlHasNone() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s)) {
            HttpResponse<String> response = raw(server.url(), "POST", "application/x-www-form-urlencoded",
                    "type=catalog&mode=init".getBytes(StandardCharsets.US_ASCII));
            assertEquals("zip=no\nfile_limit=8388608", response.body());
        }
    }

    @Test
    void aFileBodyLabelledAsAFormIsStoredRawNotParsed() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s)) {
            raw(server.url() + "?type=catalog&mode=init", "GET", null, null);
            byte[] body = "<?xml version=\"1.0\"?>\n<a b=\"1&amp;2\">x=y&mode=init</a>\n"
                    .getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> response = raw(server.url() + "?type=catalog&mode=file&filename=import.xml",
                    "POST", "application/x-www-form-urlencoded", body);
            assertEquals("success", response.body());
            assertStored(server, "import.xml", body);
        }
    }

    /** An executor that holds every task back until {@code release} opens. */
    private static ExecutorService held(CountDownLatch release) {
        ExecutorService pool = Executors.newCachedThreadPool();
        return new java.util.concurrent.AbstractExecutorService() {
            @Override
            public void execute(Runnable task) {
                pool.execute(() -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    task.run();
                });
            }

            @Override
            public void shutdown() {
                pool.shutdown();
            }

            @Override
            public List<Runnable> shutdownNow() {
                return pool.shutdownNow();
            }

            @Override
            public boolean isShutdown() {
                return pool.isShutdown();
            }

            @Override
            public boolean isTerminated() {
                return pool.isTerminated();
            }

            @Override
            public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
                return pool.awaitTermination(timeout, unit);
            }
        };
    }

    @Test
    void aTimeBoxedImportAnswersProgressWhileItRunsThenSuccess() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService held = held(release);
        try (ExchangeServer server = new ExchangeServer(JdbiCatalogStore.open("jdbc:sqlite:" + dir.resolve("s.db")),
                dir.resolve("uploads"), s -> s.withImportTimeBox(Duration.ofMillis(1)), held)) {
            Path fixture = org.onecsync.commerceml.testing.Fixtures.require("cml207-ut11-package");
            ExchangeClient client = new ExchangeClient(server.url());
            client.checkauth();
            client.call("mode=init");
            client.upload("import0_1.xml", Files.readAllBytes(fixture.resolve("import0_1.xml")));
            String first = client.call("mode=import&filename=import0_1.xml");
            assertEquals("progress\nimporting import0_1.xml: queued", first);
            assertEquals("progress\nimporting import0_1.xml: queued",
                    client.call("mode=import&filename=import0_1.xml"));
            release.countDown();
            String last = client.importUntilDone("import0_1.xml");
            assertTrue(last.startsWith("success\nimported import0_1.xml (session "), last);
            assertFalse(ExchangeServer.dump(server.store).isEmpty());
        }
    }

    @Test
    void closingTheHandlerCancelsTheRunningImportAndWritesNothing() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (ExchangeServer server = new ExchangeServer(JdbiCatalogStore.open("jdbc:sqlite:" + dir.resolve("s.db")),
                dir.resolve("uploads"), s -> s.withImportTimeBox(Duration.ofMillis(1)), held(release))) {
            Path fixture = org.onecsync.commerceml.testing.Fixtures.require("cml207-ut11-package");
            ExchangeClient client = new ExchangeClient(server.url());
            client.checkauth();
            client.call("mode=init");
            client.upload("import0_1.xml", Files.readAllBytes(fixture.resolve("import0_1.xml")));
            assertTrue(client.call("mode=import&filename=import0_1.xml").startsWith("progress\n"));
            server.handler.close();
            release.countDown();
            String reply = client.importUntilDone("import0_1.xml");
            assertTrue(reply.startsWith("failure\nimport of import0_1.xml failed, nothing of it was applied: "),
                    reply);
            // The job never ran: not even the schema was created.
            org.onecsync.store.StoreException none = org.junit.jupiter.api.Assertions.assertThrows(
                    org.onecsync.store.StoreException.class, () -> ExchangeServer.dump(server.store));
            assertTrue(none.getMessage().startsWith("no onec-sync database at "), none.getMessage());
        }
    }
}
