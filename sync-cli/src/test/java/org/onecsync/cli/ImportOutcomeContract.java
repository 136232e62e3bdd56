package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecsync.commerceml.testing.Fixtures;

/**
 * What an import's exit code and output tell a cron job: partial under {@code --strict}, too many skipped
 * records, and a failure in JSON as well as in the one {@code error:} line, both naming the session.
 */
abstract class ImportOutcomeContract extends DatabaseContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The freesport export skips 29 records: its offers, prices and stock refer to products outside it. */
    private static final int FREESPORT_SKIPPED = 29;

    @Test
    void aPartialImportUnderStrictCommitsPrintsTheReportAndExits7() throws IOException {
        CliRun run = run("import", Fixtures.require("cml31-ut11-freesport").toString(), "--json", "--strict");

        assertEquals(ExitCodes.PARTIAL, run.exitCode(), run.err());
        JsonNode report = JSON.readTree(run.out());
        assertEquals("partial", report.get("status").asText());
        assertEquals(List.of("partial: import session " + report.get("session").asLong() + " committed with "
                + FREESPORT_SKIPPED + " records skipped (exit 7 under --strict)"), run.err().lines().toList());
        assertTrue(!run("dump").out().isEmpty(), "a partial import under --strict must still commit");
    }

    @Test
    void aPartialImportWithoutStrictExits0() {
        CliRun run = run("import", Fixtures.require("cml31-ut11-freesport").toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void aCleanImportUnderStrictExits0() {
        // The folder's orders.xml holds status documents of orders this store does not have: skipped records.
        CliRun run = run("import", Fixtures.require("cml204-1c-official").resolve("import.xml").toString(),
                "--strict");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    }

    @Test
    void moreSkippedRecordsThanAllowedRollBackAndExit6() throws IOException {
        CliRun count = run("import", Fixtures.require("cml31-ut11-freesport").toString(), "--json",
                "--max-skipped", Integer.toString(FREESPORT_SKIPPED - 1));
        JsonNode failed = JSON.readTree(count.out());
        long session = failed.get("session").asLong();

        assertEquals(ExitCodes.TOO_MANY_SKIPPED, count.exitCode(), count.err());
        assertEquals("failed", failed.get("status").asText());
        assertEquals("too_many_skipped", failed.get("kind").asText());
        assertEquals(ExitCodes.TOO_MANY_SKIPPED, failed.get("exitCode").asInt());
        assertEquals(1, count.err().lines().count(), count.err());
        assertTrue(count.err().startsWith("error: "), count.err());
        assertTrue(count.err().strip().endsWith("(session " + session + ", rolled back)"), count.err());
        assertEquals("", run("dump").out());

        CliRun percent = run("import", Fixtures.require("cml31-ut11-freesport").toString(), "--max-skipped", "1%");
        assertEquals(ExitCodes.TOO_MANY_SKIPPED, percent.exitCode(), percent.err());
        assertEquals("", run("dump").out());
    }

    @Test
    void asManySkippedRecordsAsAllowedCommit() {
        CliRun run = run("import", Fixtures.require("cml31-ut11-freesport").toString(),
                "--max-skipped", Integer.toString(FREESPORT_SKIPPED));

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    }

    @Test
    void aMaxSkippedThatIsNeitherACountNorAPercentageIsABadCommandLine() {
        CliRun run = run("import", Fixtures.require("cml31-ut11-freesport").toString(), "--max-skipped", "lots");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals(List.of("error: invalid value for option '--max-skipped': 'lots' is neither a count (100) nor a "
                + "percentage (5%)", "Try 'onec-sync import --help' for more information."), run.err().lines().toList());
    }

    @Test
    void aFailedImportPrintsJsonAndNamesItsSessionInBothModes() throws IOException {
        Path copy = TestFiles.copyTree(Fixtures.require("cml31-ut11-freesport"), tmp.resolve("copy"));
        try (FileChannel channel = FileChannel.open(copy.resolve("goods/goods.xml"), StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }

        CliRun json = run("import", copy.toString(), "--json");
        CliRun text = run("import", copy.toString());

        JsonNode failed = JSON.readTree(json.out());
        long session = failed.get("session").asLong();
        JsonNode latest = JSON.readTree(run("sessions", "--json").out()).get(1);
        assertEquals(session, latest.get("session").asLong());
        assertEquals(List.of("status", "session", "kind", "error", "exitCode"), fieldNames(failed));
        assertEquals("failed", failed.get("status").asText());
        assertEquals("bad_input", failed.get("kind").asText());
        assertEquals(latest.get("error").asText(), failed.get("error").asText());
        assertEquals(ExitCodes.BAD_INPUT, failed.get("exitCode").asInt());
        assertEquals(ExitCodes.BAD_INPUT, json.exitCode());
        assertEquals(List.of("error: " + latest.get("error").asText() + " (session " + session + ", rolled back)"),
                json.err().lines().toList());
        assertEquals("", text.out());
        assertEquals(List.of("error: " + latest.get("error").asText() + " (session " + (session + 1)
                + ", rolled back)"), text.err().lines().toList());
    }

    @Test
    void aFailureBeforeAnySessionPrintsJsonWithoutOne() throws IOException {
        Path missing = tmp.resolve("no-such-export");
        CliRun run = run("import", missing.toString(), "--json");

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        JsonNode failed = JSON.readTree(run.out());
        assertTrue(failed.get("session").isNull(), run.out());
        assertEquals("no such file or folder: " + missing, failed.get("error").asText());
        assertEquals(List.of("error: no such file or folder: " + missing), run.err().lines().toList());
    }

    @Test
    void theReportListsSkippedFilesAndIgnoredRecordsAndSkipsUnknownOrders() throws IOException {
        CliRun inspect = CliRun.of("inspect", Fixtures.require("cml31-ut11-freesport").toString(), "--json");
        JsonNode report = JSON.readTree(run("import", Fixtures.require("cml31-ut11-freesport").toString(),
                "--json").out());

        JsonNode orders = JSON.readTree(run("import", Fixtures.require("cml204-1c-official").toString(),
                "--json").out());

        assertEquals(JSON.readTree(inspect.out()).get("skipped"), report.get("skippedFiles"));
        assertEquals("{}", report.get("ignored").toString());
        // Status documents go to the store's order book, which has none of these orders: skipped, not ignored.
        assertEquals("{}", orders.get("ignored").toString());
        assertEquals(3, orders.get("entities").get("orders").get("skipped").asInt());
    }

    @Test
    void sessionsRefusesALimitBelowOne() throws IOException {
        run("import", Fixtures.require("cml204-1c-official").toString());

        CliRun run = run("sessions", "--limit", "0");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals(List.of("error: --limit must be at least 1", "Try 'onec-sync sessions --help' for more "
                + "information."), run.err().lines().toList());
        assertEquals("", run.out());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
