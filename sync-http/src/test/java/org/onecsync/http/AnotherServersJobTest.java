package org.onecsync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.store.ExchangeStateStore;

/**
 * How a server answers for an exchange's job that another server on the database runs, as the store records it:
 * with its progress while it is seen alive, and as failed once its server stopped.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AnotherServersJobTest {

    private static final String IMPORT = FullExchangeTest.IMPORT;
    private static final String OFFERS = FullExchangeTest.OFFERS;

    @TempDir
    Path dir;

    private SharedSchema shared;

    @BeforeEach
    void scratchSchema() throws Exception {
        shared = new SharedSchema(dir);
        FullExchangeTest.fixture = org.onecsync.commerceml.testing.Fixtures.require("cml207-ut11-package");
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (shared != null) {
            shared.close();
        }
    }

    /** A server with an exchange begun and import0_1.xml uploaded. */
    private ExchangeClient exchange(ExchangeServer server) throws Exception {
        ExchangeClient client = SharedSchema.clients(server, server)[0];
        assertEquals("zip=no\nfile_limit=8388608", client.call("mode=init"));
        assertEquals("success", client.upload(IMPORT, FullExchangeTest.file(IMPORT)));
        return client;
    }

    private static void putRun(ExchangeServer server, ExchangeStateStore.Run run) throws Exception {
        String id = SharedSchema.exchangeId(server);
        server.store.exchangeState().orElseThrow().locked(rows -> {
            rows.putRun(id, run);
            return null;
        });
    }

    @Test
    void aJobWhoseServerStoppedIsAnsweredAsFailed() throws Exception {
        ExchangeServer a = shared.server("a", s -> s);
        ExchangeClient client = exchange(a);
        String id = SharedSchema.exchangeId(a);
        // What a server that died while importing leaves: its run, not refreshed since, and no import lock held.
        putRun(a, new ExchangeStateStore.Run(List.of(IMPORT), false, "gone", "importing " + IMPORT
                + ": reading, 0 %, 0 records read", Instant.now().minus(Duration.ofMinutes(5)), -1));

        String reply = client.call("mode=import&filename=" + IMPORT);
        assertEquals("failure\nthe import of " + IMPORT + " (exchange " + id + ") did not end: the server running it "
                + "stopped (its session in /api/sessions tells whether anything was applied); run the exchange "
                + "again", reply);
        assertEquals(reply, client.call("mode=import&filename=" + IMPORT));
        assertTrue(a.store.exchangeState().orElseThrow().run(id).isEmpty());
    }

    @Test
    void aSilentJobWhoseSessionEndedJustNowIsNotTakenForAbandoned() throws Exception {
        ExchangeServer a = shared.server("a", s -> s.withImportTimeBox(Duration.ofMillis(50)));
        ExchangeClient client = exchange(a);
        String imported = client.importUntilDone(IMPORT);
        Matcher session = Pattern.compile("\\(session (\\d+)\\)").matcher(imported);
        assertTrue(session.find(), imported);
        assertEquals("success", client.upload(OFFERS, FullExchangeTest.file(OFFERS)));
        // Its server has not recorded progress for minutes, and no import holds the lock: but its session ended
        // a moment ago, so its server, if alive, is about to record the end.
        String progress = "importing " + OFFERS + ": committing, 100 %, 900 records read";
        putRun(a, new ExchangeStateStore.Run(List.of(OFFERS), false, "other", progress,
                Instant.now().minus(Duration.ofMinutes(5)), Long.parseLong(session.group(1))));

        assertEquals("progress\n" + progress, client.call("mode=import&filename=" + OFFERS));
    }

    @Test
    void aJobOfAnotherServerStillSeenAliveIsAnsweredWithItsProgress() throws Exception {
        ExchangeServer a = shared.server("a", s -> s.withImportTimeBox(Duration.ofMillis(50)));
        ExchangeClient client = exchange(a);
        String id = SharedSchema.exchangeId(a);
        String progress = "importing " + IMPORT + ": reading, 0 %, 1200 records read";
        putRun(a, new ExchangeStateStore.Run(List.of(IMPORT), false, "other", progress, Instant.now(), -1));

        assertEquals("progress\n" + progress, client.call("mode=import&filename=" + IMPORT));
        assertTrue(client.call("mode=init").startsWith("failure\nthe import of " + IMPORT + " (exchange " + id
                + ") is still running"));
    }
}
