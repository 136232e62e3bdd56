package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.generate.ExportGenerator;
import org.onecsync.generate.GeneratorOptions;

/**
 * An import killed with {@code kill -9} in the middle of its transaction adds nothing: the change feed (every
 * entry, the last seq) and the dump are exactly as before, and its session is left {@code running}. The next
 * import of the same export then succeeds, marks the abandoned session failed ("interrupted"), and the feed
 * continues at the old last seq + 1 without a gap, with exactly one entry per row the import created, updated
 * or deleted, so a consumer resuming from its old cursor sees each new entry once.
 *
 * <p>The killed import runs in a process of its own (as {@code bin/onec-sync} would) and is killed
 * ({@link Process#destroyForcibly()}, SIGKILL on Linux) once its session is running and its transaction has
 * written: on SQLite once the rollback journal exists, on PostgreSQL once its transaction holds a write lock
 * on the change feed table (it has written feed entries that are not committed).
 */
@Timeout(300)
class KilledImportAddsNothingToTheFeedTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ABANDONED = "interrupted: the process ended before the import finished";
    private static final String EVERYTHING = "1000000";
    private static final int FIRST_PRODUCTS = 300;
    /**
     * Big enough that the killed import still has a second or more to run when it is killed (at 3,000 products
     * about 0.7 s were left on PostgreSQL). Its revision 1 adds 4,700 products and changes prices and stock of
     * the first 300.
     */
    private static final int KILLED_PRODUCTS = 5000;
    private static final long SEED = 7;

    @TempDir
    Path tmp;

    @Test
    void onSqlite() throws Exception {
        try (ScratchDatabase database = TestDatabase.sqlite(tmp)) {
            killedImportAddsNothing(database);
        }
    }

    @Test
    void onPostgres() throws Exception {
        try (ScratchDatabase database = TestDatabase.postgres()) {
            killedImportAddsNothing(database);
        }
    }

    private void killedImportAddsNothing(ScratchDatabase database) throws Exception {
        Path first = tmp.resolve("rev0");
        new ExportGenerator(GeneratorOptions.of(FIRST_PRODUCTS, SEED)).generate(first);
        Path second = tmp.resolve("rev1");
        new ExportGenerator(GeneratorOptions.of(KILLED_PRODUCTS, SEED).withRevision(1)).generate(second);

        ok("import", first.toString(), "--db", database.url());
        String feedBefore = ok("changes", "--json", "--limit", EVERYTHING, "--db", database.url()).out();
        List<JsonNode> entriesBefore = lines(feedBefore);
        assertTrue(entriesBefore.size() > 0, "the first import wrote no feed entries");
        long lastSeq = entriesBefore.get(entriesBefore.size() - 1).get("seq").asLong();
        assertEquals(entriesBefore.size(), lastSeq, "the first import's feed does not start at 1 without gaps");
        String dumpBefore = ok("dump", "--db", database.url()).out();
        long firstSession = sessions(database).get(0).get("session").asLong();

        // The killed import: a process of its own. On PostgreSQL its connections carry a name of their own, so
        // the test can see its transaction's locks and wait until the server has ended its connections.
        String application = "onecsync-killed-" + UUID.randomUUID().toString().substring(0, 8);
        String childUrl = postgres(database) ? database.url() + "&ApplicationName=" + application : database.url();
        ChildCli child = ChildCli.start(tmp, Map.of(), "import", second.toString(), "--db", childUrl);
        long killedSession;
        try {
            killedSession = child.awaitRunningSession(database);
            child.awaitUncommittedWrites(database, application);
            child.process().destroyForcibly();
            assertTrue(child.process().waitFor(60, TimeUnit.SECONDS), "the killed import did not end");
        } finally {
            if (child.process().isAlive()) {
                child.process().destroyForcibly();
                child.process().waitFor(60, TimeUnit.SECONDS);
            }
        }
        int code = child.process().exitValue();
        assertNotEquals(0, code, "the import finished before it could be killed: make the export bigger"
                + child.output());
        if (!System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows")) {
            assertEquals(128 + 9, code, "the import did not die of SIGKILL" + child.output());
        }
        if (postgres(database)) {
            ChildCli.awaitConnectionsEnded(database, application);
        }

        // Nothing added: the same feed, byte for byte, nothing after the old last seq, the same dump.
        List<JsonNode> log = sessions(database);
        assertEquals(killedSession, log.get(0).get("session").asLong());
        assertEquals("running", log.get(0).get("status").asText(),
                "the killed import committed before it was killed: make the export bigger" + child.output());
        assertEquals(feedBefore, ok("changes", "--json", "--limit", EVERYTHING, "--db", database.url()).out());
        assertEquals("", ok("changes", "--after", Long.toString(lastSeq), "--json", "--db", database.url()).out());
        assertEquals(dumpBefore, ok("dump", "--db", database.url()).out());

        // The same import again, to the end.
        CliRun again = ok("import", second.toString(), "--db", database.url(), "--json");
        JsonNode report = JSON.readTree(again.out());
        assertEquals("succeeded", report.get("status").asText(), again.out());
        long againSession = report.get("session").asLong();
        JsonNode products = report.get("entities").get("products");
        assertEquals(KILLED_PRODUCTS - FIRST_PRODUCTS, products.get("created").asLong(), again.out());
        assertEquals(FIRST_PRODUCTS, products.get("unchanged").asLong(), again.out());

        log = sessions(database);
        assertEquals(List.of(againSession, killedSession, firstSession),
                List.of(log.get(0).get("session").asLong(), log.get(1).get("session").asLong(),
                        log.get(2).get("session").asLong()), log.toString());
        assertEquals("succeeded", log.get(0).get("status").asText(), log.get(0).toString());
        JsonNode abandoned = log.get(1);
        assertEquals("failed", abandoned.get("status").asText(), abandoned.toString());
        assertEquals(ABANDONED, abandoned.get("error").asText(), abandoned.toString());
        assertTrue(abandoned.hasNonNull("finishedAt"), abandoned.toString());
        assertEquals("succeeded", log.get(2).get("status").asText(), log.get(2).toString());

        // The feed: the old entries as they were, then the new import's, from the old last seq + 1, gapless.
        String feedAfter = ok("changes", "--json", "--limit", EVERYTHING, "--db", database.url()).out();
        assertTrue(feedAfter.startsWith(feedBefore), "the entries before the killed import changed");
        List<JsonNode> added = lines(feedAfter.substring(feedBefore.length()));
        Map<String, Long> expected = new HashMap<>();
        long total = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = report.get("entities").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entity = it.next();
            for (String kind : new String[] {"created", "updated", "deleted"}) {
                long count = entity.getValue().get(kind).asLong();
                expected.merge(entity.getKey() + " " + kind, count, Long::sum);
                total += count;
            }
        }
        assertTrue(total > 10_000, "the import changed too little to test: " + again.out());
        assertEquals(total, added.size(), "feed entries of the new import, against its created+updated+deleted");
        Map<String, Long> actual = new HashMap<>();
        Set<String> rows = new HashSet<>();
        for (int i = 0; i < added.size(); i++) {
            JsonNode entry = added.get(i);
            assertEquals(lastSeq + 1 + i, entry.get("seq").asLong(), entry.toString());
            assertEquals(againSession, entry.get("session").asLong(), entry.toString());
            String kind = entry.get("kind").asText();
            actual.merge(entry.get("entity").asText() + " " + (kind.equals("deactivated") ? "deleted" : kind),
                    1L, Long::sum);
            assertTrue(rows.add(entry.get("entity").asText() + " " + entry.get("key")),
                    "a row is in the feed twice: " + entry);
        }
        expected.values().removeIf(count -> count == 0);
        assertEquals(expected, actual, "feed entries per entity and kind, against the import's counts");

        // A consumer that resumes from its old cursor, a page at a time, sees each new entry once.
        List<JsonNode> consumed = new ArrayList<>();
        long cursor = lastSeq;
        for (int pages = 0; ; pages++) {
            assertTrue(pages <= total / 5000 + 1, "the consumer does not come to the end of the feed");
            List<JsonNode> page = lines(ok("changes", "--after", Long.toString(cursor), "--limit", "5000",
                    "--json", "--db", database.url()).out());
            if (page.isEmpty()) {
                break;
            }
            consumed.addAll(page);
            cursor = page.get(page.size() - 1).get("seq").asLong();
        }
        assertEquals(added, consumed);
    }

    private static boolean postgres(ScratchDatabase database) {
        return database.file() == null;
    }

    private static List<JsonNode> sessions(ScratchDatabase database) throws IOException {
        JsonNode log = JSON.readTree(ok("sessions", "--json", "--limit", "5", "--db", database.url()).out());
        List<JsonNode> sessions = new ArrayList<>();
        log.forEach(sessions::add);
        assertTrue(!sessions.isEmpty(), "no sessions");
        return sessions;
    }

    private static CliRun ok(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), String.join(" ", args) + ": " + run.err());
        return run;
    }

    private static List<JsonNode> lines(String jsonLines) {
        List<JsonNode> entries = new ArrayList<>();
        jsonLines.lines().forEach(line -> {
            try {
                entries.add(JSON.readTree(line));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return entries;
    }
}
