package org.onecsync.jdbi.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.store.ExchangeStateStore;
import org.onecsync.store.ExchangeStateStore.Exchange;
import org.onecsync.store.ExchangeStateStore.File;
import org.onecsync.store.ExchangeStateStore.Login;

/** The exchange state PostgreSQL keeps for servers that share it (V5), on a fresh scratch schema. */
class PostgresExchangeStateTest {

    private static final Instant NOW = Instant.parse("2026-01-30T12:00:00Z");

    private ScratchSchema scratch;
    private ExchangeStateStore state;

    @BeforeEach
    void open() throws Exception {
        scratch = new ScratchSchema("xs_");
        state = scratch.store().exchangeState().orElseThrow();
    }

    @AfterEach
    void close() throws Exception {
        if (scratch != null) {
            scratch.close();
        }
    }

    @Test
    void sqliteKeepsNoExchangeState() {
        try (JdbiCatalogStore sqlite = JdbiCatalogStore.open("jdbc:sqlite::memory:")) {
            assertEquals(Optional.empty(), sqlite.exchangeState());
        }
    }

    @Test
    void bytesAreStoredInPartsAndReadBackInOrder() throws Exception {
        byte[] first = random(1_500_000, 1);
        byte[] second = random(700_000, 2);
        byte[] read = state.locked(rows -> {
            rows.begin(new Exchange("e1", 100, null));
            rows.putFile("e1", new File("a.xml", 0, 0, false, "PENDING", null, null));
            assertEquals(first.length, rows.appendBytes("e1", "a.xml", new ByteArrayInputStream(first), 10_000_000));
            assertEquals(second.length, rows.appendBytes("e1", "a.xml", new ByteArrayInputStream(second), 10_000_000));
            try (InputStream in = rows.readBytes("e1", "a.xml")) {
                return in.readAllBytes();
            }
        });
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        assertArrayEquals(both, read);
        // Outside the lock too, for a job fetching the files it applies; a file without bytes reads empty.
        try (InputStream in = state.readBytes("e1", "a.xml")) {
            assertArrayEquals(both, in.readAllBytes());
        }
        try (InputStream in = state.readBytes("e1", "none.xml")) {
            assertEquals(0, in.readAllBytes().length);
        }
    }

    @Test
    void anInputOverTheLimitIsReadOnlyOneBytePastIt() throws Exception {
        ByteArrayInputStream input = new ByteArrayInputStream(random(5_000, 3));
        long read = state.locked(rows -> {
            rows.begin(new Exchange("e1", 100, null));
            rows.putFile("e1", new File("a.xml", 0, 0, false, "PENDING", null, null));
            return rows.appendBytes("e1", "a.xml", input, 1_000);
        });
        assertEquals(1_001, read);
        assertEquals(3_999, input.available());
    }

    @Test
    void aNewExchangeDropsTheFilesAndRunOfTheLastButKeepsItsLogAndTakesTheWaitingLines() throws Exception {
        state.appendLog(null, "checkauth of the first");
        state.locked(rows -> {
            rows.begin(new Exchange("e1", 100, null));
            rows.putFile("e1", new File("a.xml", 0, 3, false, "APPLIED", "imported a.xml", true));
            rows.putRun("e1", new ExchangeStateStore.Run(List.of("a.xml"), false, "server-a", "queued", NOW, -1));
            return null;
        });
        state.appendLog("e1", "file of the first");
        state.appendLog(null, "checkauth of the second");
        state.locked(rows -> {
            rows.begin(new Exchange("e2", 200, null));
            return null;
        });

        assertEquals(List.of("checkauth of the first", "file of the first"), log("e1"));
        assertEquals(List.of("checkauth of the second"), log("e2"));
        assertFalse(state.readLog("e3", line -> { }));
        assertEquals("e2", state.current().orElseThrow().id());
        assertEquals(Optional.empty(), state.run("e1"));
        assertEquals(List.of(), state.locked(rows -> rows.files("e1")));
    }

    @Test
    void filesRunsAndTheDeactivationOutcomeReadBackAsWritten() throws Exception {
        File file = new File("dir/a.xml", 4, 1234, true, "FAILED", "import of a.xml failed", null);
        ExchangeStateStore.Run run = new ExchangeStateStore.Run(List.of("dir/a.xml", "b.xml"), true, "server-a",
                "deactivating: queued", NOW, -1);
        state.locked(rows -> {
            rows.begin(new Exchange("e1", 100, null));
            rows.putFile("e1", file);
            rows.putRun("e1", run);
            rows.update(new Exchange("e1", 100, new ExchangeStateStore.Outcome(false, "nothing deactivated")));
            return null;
        });
        state.progress("e1", "server-b", "not the owner", NOW.plusSeconds(9), 8);
        state.progress("e1", "server-a", "deactivating: reading, 50 %", NOW.plusSeconds(5), 7);

        assertEquals(List.of(file), state.locked(rows -> rows.files("e1")));
        assertEquals(new ExchangeStateStore.Run(run.files(), true, "server-a", "deactivating: reading, 50 %",
                NOW.plusSeconds(5), 7), state.run("e1").orElseThrow());
        assertEquals(new Exchange("e1", 100, new ExchangeStateStore.Outcome(false, "nothing deactivated")),
                state.current().orElseThrow());
    }

    @Test
    void onlyTheNewestLoginsAreKept() {
        for (int i = 0; i < 5; i++) {
            state.addLogin(new Login("cookie" + i, "sessid" + i, 100 + i, NOW.plusSeconds(i)), 3);
        }
        assertEquals(Optional.empty(), state.loginByCookie("cookie1"));
        assertEquals(new Login("cookie2", "sessid2", 102, NOW.plusSeconds(2)), state.loginByCookie("cookie2").get());
        assertTrue(state.sessidIssued("sessid4"));
        assertFalse(state.sessidIssued("sessid0"));
        assertEquals("cookie4", state.latestLogin().orElseThrow().cookieHash());
    }

    @Test
    void workThatThrowsLeavesNothingWritten() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> state.locked(rows -> {
            rows.begin(new Exchange("e1", 100, null));
            throw new IllegalStateException("refused");
        }));
        assertEquals("refused", thrown.getMessage());
        assertEquals(Optional.empty(), state.current());
    }

    private List<String> log(String id) {
        List<String> lines = new ArrayList<>();
        assertTrue(state.readLog(id, lines::add));
        return lines;
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
