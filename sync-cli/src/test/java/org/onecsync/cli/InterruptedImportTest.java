package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.generate.ExportGenerator;
import org.onecsync.generate.GeneratorOptions;

/**
 * SIGTERM (what {@code kill} and service managers send; Ctrl-C's SIGINT takes the same path) in the middle
 * of an import's transaction: the import rolls back, its session is closed as failed ("interrupted") before
 * the process ends, and the process prints one line naming the session and ends with status 143.
 *
 * <p>The import runs in a process of its own and is stopped with {@link Process#destroy()} (SIGTERM on
 * Linux) once its transaction has written: on SQLite once the rollback journal exists, on PostgreSQL once
 * its transaction holds a write lock on the change feed table.
 */
@Timeout(300)
class InterruptedImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Big enough to be mid-import for a second or more when stopped (as the killed-import test found). */
    private static final int PRODUCTS = 5000;
    private static final int SIGTERM_STATUS = 128 + 15;

    @TempDir
    Path tmp;

    @Test
    void onSqlite() throws Exception {
        try (ScratchDatabase database = TestDatabase.sqlite(tmp)) {
            interruptedImportRollsBackAndSaysSo(database, false);
        }
    }

    @Test
    void onPostgresWithJson() throws Exception {
        try (ScratchDatabase database = TestDatabase.postgres()) {
            interruptedImportRollsBackAndSaysSo(database, true);
        }
    }

    private void interruptedImportRollsBackAndSaysSo(ScratchDatabase database, boolean json) throws Exception {
        Path export = tmp.resolve("export");
        new ExportGenerator(GeneratorOptions.of(PRODUCTS, 11)).generate(export);
        String application = "onecsync-term-" + UUID.randomUUID().toString().substring(0, 8);
        String childUrl = database.file() == null ? database.url() + "&ApplicationName=" + application
                : database.url();

        ChildCli child = ChildCli.start(tmp, Map.of(), json
                ? new String[] {"import", export.toString(), "--db", childUrl, "--json"}
                : new String[] {"import", export.toString(), "--db", childUrl});
        long session;
        try {
            session = child.awaitRunningSession(database);
            child.awaitUncommittedWrites(database, application);
            child.process().destroy();
        } finally {
            if (child.process().isAlive() && !child.process().waitFor(Interruption.WAIT_SECONDS + 30,
                    java.util.concurrent.TimeUnit.SECONDS)) {
                child.process().destroyForcibly();
            }
        }

        int status = child.await();
        assertEquals(SIGTERM_STATUS, status, "the import did not end as interrupted" + child.output());
        assertEquals("interrupted: import session " + session + " rolled back, nothing written"
                + System.lineSeparator(), child.stderr());
        if (json) {
            JsonNode failed = JSON.readTree(child.stdout());
            assertEquals("failed", failed.get("status").asText(), child.stdout());
            assertEquals(session, failed.get("session").asLong(), child.stdout());
            assertEquals("interrupted", failed.get("kind").asText(), child.stdout());
            assertEquals(ExitCodes.INTERRUPTED, failed.get("exitCode").asInt(), child.stdout());
        } else {
            assertEquals("", child.stdout());
        }
        if (database.file() == null) {
            ChildCli.awaitConnectionsEnded(database, application);
        }

        // Closed before the process ended: no later import had to mark it abandoned.
        JsonNode latest = JSON.readTree(CliRun.of("sessions", "--json", "--db", database.url()).out()).get(0);
        assertEquals(session, latest.get("session").asLong(), latest.toString());
        assertEquals("failed", latest.get("status").asText(), latest.toString());
        assertTrue(latest.get("error").asText().startsWith("interrupted"), latest.toString());
        assertTrue(latest.hasNonNull("finishedAt"), latest.toString());
        assertEquals("", CliRun.of("dump", "--db", database.url()).out());
        assertEquals("", CliRun.of("changes", "--json", "--db", database.url()).out());
    }
}
