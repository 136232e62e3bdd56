package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.commerceml.testing.Fixtures;

/**
 * Two {@code serve} processes on one PostgreSQL database answer the calls of one exchange in turn: every chunk and
 * every {@code import} poll goes to the other process than the call before, and the data lands as an import of
 * the same files from disk.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ServeInstancesTest {

    private static final Map<String, String> CREDENTIALS = Map.of("ONEC_SYNC_EXCHANGE_USER", "exchange",
            "ONEC_SYNC_EXCHANGE_PASSWORD", "secret");
    private static final int CHUNK = 30_000;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void twoServeProcessesOnOnePostgresqlCompleteAnExchangeWhoseCallsAlternate() throws Exception {
        Path fixture = Fixtures.require("cml207-ut11-package");
        try (ScratchDatabase database = TestDatabase.postgres()) {
            ChildCli a = serve(database, "a");
            ChildCli b = serve(database, "b");
            try {
                String[] urls = {ServeCommandTest.awaitUrl(a), ServeCommandTest.awaitUrl(b)};
                String auth = "Basic " + Base64.getEncoder()
                        .encodeToString("exchange:secret".getBytes(StandardCharsets.UTF_8));
                String[] lines = send(urls[0] + "?type=catalog&mode=checkauth", auth, null, null).split("\n");
                assertEquals("success", lines[0]);
                String cookie = lines[1] + "=" + lines[2];
                String sessid = "&" + lines[3];
                assertEquals("zip=no\nfile_limit=" + CHUNK, send(urls[1] + "?type=catalog&mode=init" + sessid, null,
                        cookie, null));
                int turn = 0;
                for (String name : new String[] {"import0_1.xml", "offers0_1.xml"}) {
                    byte[] bytes = Files.readAllBytes(fixture.resolve(name));
                    for (int from = 0; from < bytes.length; from += CHUNK) {
                        assertEquals("success", send(urls[turn++ % 2] + "?type=catalog&mode=file&filename=" + name
                                + sessid, null, cookie, Arrays.copyOfRange(bytes, from,
                                Math.min(bytes.length, from + CHUNK))));
                    }
                    String reply = "progress";
                    for (int i = 0; i < 1000 && reply.startsWith("progress"); i++) {
                        reply = send(urls[turn++ % 2] + "?type=catalog&mode=import&filename=" + name + sessid, null,
                                cookie, null);
                    }
                    assertTrue(reply.startsWith("success\nimported " + name), reply);
                    assertEquals(reply, send(urls[turn++ % 2] + "?type=catalog&mode=import&filename=" + name
                            + sessid, null, cookie, null));
                }
                assertTrue(send(urls[turn % 2] + "?type=catalog&mode=complete" + sessid, null, cookie, null)
                        .startsWith("success\nexchange "));
            } finally {
                a.process().destroy();
                b.process().destroy();
            }
            assertEquals(143, a.await(), a.stdout() + a.stderr());
            assertEquals(143, b.await(), b.stdout() + b.stderr());
            assertTrue(a.stdout().contains("\nUploads and exchange logs: kept in the database, shared by every serve "
                    + "on it (working copies in "), a.stdout());

            Path disk = dir.resolve("disk.db");
            CliRun imported = CliRun.of("import", fixture.toString(), "--db", disk.toString(), "--missing", "keep");
            assertEquals(0, imported.exitCode(), imported.err());
            CliRun expected = CliRun.of("dump", "--db", disk.toString());
            CliRun actual = CliRun.of("dump", "--db", database.url());
            assertFalse(expected.out().isEmpty());
            assertEquals(expected.out(), actual.out());
        }
    }

    private ChildCli serve(ScratchDatabase database, String name) throws Exception {
        return ChildCli.start(dir, CREDENTIALS, "serve", "--port", "0", "--db", database.url(), "--upload-dir",
                dir.resolve(name).toString(), "--file-limit", Integer.toString(CHUNK));
    }

    private String send(String url, String auth, String cookie, byte[] body) throws Exception {
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
