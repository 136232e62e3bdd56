package org.onecsync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.store.ExchangeStateStore;

/**
 * Two servers, each with its own store, engine and upload folder, on one PostgreSQL schema, answering the calls of
 * one exchange in turn (the real 1C package, as in {@link FullExchangeTest}): the data lands exactly as an import of
 * the same files from disk does, and each server gives the same answers.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class TwoInstancesTest {

    private static final String IMPORT = FullExchangeTest.IMPORT;
    private static final String OFFERS = FullExchangeTest.OFFERS;

    @TempDir
    Path dir;

    private SharedSchema shared;

    @BeforeEach
    void scratchSchema() throws Exception {
        shared = new SharedSchema(dir);
        FullExchangeTest.importFromDisk(dir.resolve("disk"));
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (shared != null) {
            shared.close();
        }
    }

    private ExchangeServer server(String name, UnaryOperator<ExchangeSettings> settings) throws Exception {
        return shared.server(name, settings);
    }

    private static ExchangeClient[] clients(ExchangeServer a, ExchangeServer b) throws Exception {
        return SharedSchema.clients(a, b);
    }

    private static String exchangeId(ExchangeServer server) {
        return SharedSchema.exchangeId(server);
    }

    /** {@code import}, polled on each server in turn until it no longer answers progress. */
    private static String importAlternately(ExchangeClient[] clients, String name) throws Exception {
        return alternately(clients, "mode=import&filename=" + ExchangeClient.enc(name));
    }

    /** A call repeated on each server in turn (bounded) until it no longer answers progress. */
    private static String alternately(ExchangeClient[] clients, String query) throws Exception {
        for (int i = 0; i < 4000; i++) {
            String reply = clients[(i + 1) % 2].call(query);
            if (!reply.startsWith("progress")) {
                return reply;
            }
        }
        fail(query + " never ended");
        return null;
    }

    private static void uploadAlternately(ExchangeClient[] clients, String name, byte[] body, int chunk)
            throws Exception {
        int turn = 0;
        for (int from = 0; from < body.length; from += chunk) {
            String reply = clients[turn++ % 2].upload(name, Arrays.copyOfRange(body, from,
                    Math.min(body.length, from + chunk)));
            assertEquals("success", reply, "chunk at " + from + " of " + name);
        }
    }

    @Test
    void anExchangeWhoseCallsAlternateBetweenTwoServersLandsAsAnImportFromDisk() throws Exception {
        ExchangeServer a = server("a", s -> s.withFileLimit(20_000).withImportTimeBox(Duration.ofMillis(5)));
        ExchangeServer b = server("b", s -> s.withFileLimit(20_000).withImportTimeBox(Duration.ofMillis(5)));
        ExchangeClient[] clients = clients(a, b);
        assertEquals("zip=no\nfile_limit=20000", clients[1].call("mode=init"));
        for (String name : List.of(IMPORT, OFFERS)) {
            uploadAlternately(clients, name, FullExchangeTest.file(name), 20_000);
            String reply = importAlternately(clients, name);
            assertTrue(reply.startsWith("success\nimported " + name + " (session "), reply);
            String query = "mode=import&filename=" + ExchangeClient.enc(name);
            assertEquals(reply, clients[0].call(query));
            assertEquals(reply, clients[1].call(query));
        }
        String deactivate = alternately(clients, "mode=deactivate");
        assertTrue(deactivate.startsWith("success\nnothing to deactivate: every stored record is in the full "
                + "packages of this exchange (exchange "), deactivate);
        assertEquals(deactivate, clients[0].call("mode=deactivate"));
        assertTrue(clients[0].call("mode=complete").startsWith("success\nexchange "));

        assertEquals(FullExchangeTest.fromDisk, ExchangeServer.dump(a.store));
        List<String> log = log(a);
        assertTrue(log.get(0).contains("\tcheckauth\t"), log.get(0));
        assertTrue(log.get(1).contains("\tinit\t"), log.get(1));
        int chunks = chunks(IMPORT) + chunks(OFFERS);
        assertEquals(chunks, log.stream().filter(l -> l.contains("\tfile\t")).count(), String.join("\n", log));
        assertTrue(log.get(log.size() - 1).contains("\tcomplete\t"), log.get(log.size() - 1));
        assertFalse(String.join("\n", log).contains(clients[0].sessid));

        // The status page of a server keeping no log files shows the log both servers wrote to the store.
        StatusHandler status = StatusHandler.builder(b.store).apiKey(new ApiKey("page-key")).build();
        Response page = status.handle(new Request("GET", "/sessions/1", null,
                java.util.Map.of("X-API-Key", List.of("page-key")), java.util.Map.of(),
                java.io.InputStream.nullInputStream(), "127.0.0.1"), "/sessions/1");
        String html = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(200, page.status(), html);
        assertTrue(html.contains("checkauth"), html);
        assertTrue(html.contains("complete"), html);
    }

    @Test
    void anImportRunningOnOneServerIsAnsweredByTheOtherWhileItRunsAndOnceItEnded() throws Exception {
        StatusServer.GatedStore gated = new StatusServer.GatedStore(shared.store());
        ExchangeServer a = shared.server(gated, "a", s -> s.withImportTimeBox(Duration.ofMillis(200)));
        ExchangeServer b = server("b", s -> s.withImportTimeBox(Duration.ofMillis(200)));
        ExchangeClient[] clients = clients(a, b);
        assertEquals("zip=no\nfile_limit=8388608", clients[0].call("mode=init"));
        assertEquals("success", clients[1].upload(IMPORT, FullExchangeTest.file(IMPORT)));
        String query = "mode=import&filename=" + IMPORT;

        gated.hold();
        String started = clients[0].call(query);
        assertTrue(started.startsWith("progress\nimporting " + IMPORT + ": "), started);
        assertTrue(gated.entered.await(30, TimeUnit.SECONDS));
        String polledOnB = clients[1].call(query);
        assertTrue(polledOnB.startsWith("progress\nimporting " + IMPORT + ": "), polledOnB);
        assertTrue(clients[1].call("mode=init").startsWith("failure\nthe import of " + IMPORT + " (exchange "));

        gated.release();
        // Only B is asked from now on: A records the job's end itself, as soon as it ends.
        String done = clients[1].importUntilDone(IMPORT);
        assertTrue(done.startsWith("success\nimported " + IMPORT + " (session "), done);
        assertEquals(done, clients[0].call(query));
    }

    private static int chunks(String name) throws Exception {
        return (FullExchangeTest.file(name).length + 19_999) / 20_000;
    }

    private static List<String> log(ExchangeServer server) {
        ExchangeStateStore state = server.store.exchangeState().orElseThrow();
        String id = state.current().orElseThrow().id();
        List<String> lines = new ArrayList<>();
        assertTrue(state.readLog(id, lines::add));
        return lines;
    }

    @Test
    void aZipUploadedToOneServerIsUnpackedAndImportedByTheOther() throws Exception {
        ExchangeServer a = server("a", s -> s.withZip(true));
        ExchangeServer b = server("b", s -> s.withZip(true));
        ExchangeClient[] clients = clients(a, b);
        assertEquals("zip=yes\nfile_limit=8388608", clients[0].call("mode=init"));
        assertEquals("success", clients[0].upload("v8_1A76_155ae.zip", FullExchangeTest.zipOf(IMPORT, OFFERS)));

        String reply = clients[1].importUntilDone(IMPORT);
        assertTrue(reply.startsWith("success\nimported " + IMPORT + ", " + OFFERS), reply);
        assertEquals(reply, clients[0].importUntilDone(OFFERS));
        assertEquals(FullExchangeTest.fromDisk, ExchangeServer.dump(b.store));
        // B unpacked and imported: A never held the files, only the zip it was sent.
        assertTrue(Files.exists(b.uploads.resolve(exchangeId(a)).resolve("files").resolve(IMPORT)));
        assertFalse(Files.exists(a.uploads.resolve(exchangeId(a)).resolve("files").resolve(IMPORT)));
    }

    @Test
    void aZipUnpackedByOneServerIsUnpackedAgainFromTheStoreByTheOtherForTheDeactivation() throws Exception {
        ExchangeServer a = server("a", s -> s.withZip(true));
        ExchangeServer b = server("b", s -> s.withZip(true));
        ExchangeClient[] clients = clients(a, b);
        assertEquals("zip=yes\nfile_limit=8388608", clients[0].call("mode=init"));
        assertEquals("success", clients[0].upload("v8_1A76_155ae.zip", FullExchangeTest.zipOf(IMPORT, OFFERS)));
        assertTrue(clients[1].importUntilDone(IMPORT).startsWith("success\nimported " + IMPORT + ", " + OFFERS));

        // A never unpacked the zip: its deactivation unpacks it from the bytes the store keeps.
        String deactivate = clients[0].call("mode=deactivate");
        assertTrue(deactivate.startsWith("success\nnothing to deactivate: every stored record is in the full "
                + "packages of this exchange (exchange " + exchangeId(a)), deactivate);
        assertTrue(Files.exists(a.uploads.resolve(exchangeId(a)).resolve("files").resolve(IMPORT)));
        assertEquals(deactivate, clients[1].call("mode=deactivate"));
        assertEquals(FullExchangeTest.fromDisk, ExchangeServer.dump(a.store));
    }

    @Test
    void aLargeZipIsUnpackedByAJobWhileBothServersAnswerProgress() throws Exception {
        ExchangeServer a = server("a", s -> s.withZip(true).withSizeLimits(100_000_000, 200_000_000)
                .withImportTimeBox(java.time.Duration.ofMillis(1)));
        ExchangeServer b = server("b", s -> s.withZip(true).withSizeLimits(100_000_000, 200_000_000)
                .withImportTimeBox(java.time.Duration.ofMillis(1)));
        ExchangeClient[] clients = clients(a, b);
        clients[0].call("mode=init");
        assertEquals("success", clients[0].upload("v8_1A76_155ae.zip", FullExchangeTest.zipWithImage()));

        String first = clients[1].call("mode=import&filename=" + IMPORT);
        assertTrue(first.startsWith("progress\nunpacking v8_1A76_155ae.zip: "), first);
        String reply = importAlternately(clients, IMPORT);
        assertTrue(reply.startsWith("success\nimported " + IMPORT + ", import_files/ab/photo.jpg, " + OFFERS),
                reply);
        assertEquals(reply, importAlternately(clients, OFFERS));
        assertEquals(FullExchangeTest.fromDisk, ExchangeServer.dump(a.store));
    }

    @Test
    void aFullExchangeImportedOnBothServersIsDeactivatedByEitherWithTheSameAnswer() throws Exception {
        ExchangeServer a = server("a", s -> s);
        ExchangeServer b = server("b", s -> s);
        ExchangeClient[] clients = clients(a, b);
        assertEquals("zip=no\nfile_limit=8388608", clients[0].call("mode=init"));
        assertEquals("success", clients[0].upload(IMPORT, FullExchangeTest.file(IMPORT)));
        assertTrue(clients[0].importUntilDone(IMPORT).startsWith("success\nimported " + IMPORT));
        assertEquals("success", clients[1].upload(OFFERS, FullExchangeTest.file(OFFERS)));
        assertTrue(clients[1].importUntilDone(OFFERS).startsWith("success\nimported " + OFFERS));

        // B never received import0_1.xml: the deactivation reads it from the store.
        String deactivate = clients[1].call("mode=deactivate");
        assertTrue(deactivate.startsWith("success\nnothing to deactivate: every stored record is in the full "
                + "packages of this exchange (exchange " + exchangeId(a)), deactivate);
        assertEquals(deactivate, clients[0].call("mode=deactivate"));
        assertEquals(FullExchangeTest.fromDisk, ExchangeServer.dump(a.store));
    }

    @Test
    void anOrderQueryOnOneServerIsConfirmedBySuccessOnTheOther() throws Exception {
        ExchangeServer a = server("a", s -> s);
        ExchangeServer b = server("b", s -> s);
        a.store.orders().orElseThrow().add(List.of(SaleExchangeTest.order("A-1", SaleExchangeTest.T1),
                SaleExchangeTest.order("A-2", SaleExchangeTest.T1.plusSeconds(1))));
        ExchangeClient[] clients = clients(a, b);
        for (ExchangeClient client : clients) {
            client.type = "sale";
        }
        // The init reply repeats the login's sessid, which both servers accept.
        assertEquals("zip=no\nfile_limit=8388608\nsessid=" + clients[0].sessid + "\nversion=3.1",
                clients[0].call("mode=init&version=3.1"));
        assertEquals(List.of("A-1", "A-2"), SaleExchangeTest.numbers(SaleExchangeTest.query(clients[0]).body()));
        // B answers in the version A negotiated, and without success the same orders again.
        String again = new String(SaleExchangeTest.query(clients[1]).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(again.contains("ВерсияСхемы=\"3.1\""), again);
        assertTrue(clients[1].call("mode=success").startsWith("success\n2 orders confirmed"));
        assertEquals(List.of(), SaleExchangeTest.numbers(SaleExchangeTest.query(clients[0]).body()));
        assertEquals(List.of(), SaleExchangeTest.numbers(SaleExchangeTest.query(clients[1]).body()));
    }

    @Test
    void theDatabaseKeepsOnlyHashesOfTheCookieAndTheSessid() throws Exception {
        ExchangeServer a = server("a", s -> s);
        ExchangeServer b = server("b", s -> s);
        ExchangeClient[] clients = clients(a, b);
        String cookie = clients[0].cookie.substring(clients[0].cookie.indexOf('=') + 1);
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(shared.base); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT cookie_hash, sessid_hash FROM " + shared.schema
                     + ".onecsync_exchange_login")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        assertEquals(List.of(sha256(cookie) + " " + sha256(clients[0].sessid)), rows);
        // B knows the login A opened: the cookie alone (no Basic) is accepted there, a wrong sessid is not.
        assertEquals("zip=no\nfile_limit=8388608", clients[1].call("mode=init"));
        clients[1].sessid = "0123456789abcdef0123456789abcdef";
        assertEquals("failure\nwrong sessid: log in again with checkauth", clients[1].call("mode=init"));
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
