package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format} and {@code --profile} of {@code import} and {@code inspect}: what a wrong one says, and that
 * a CommerceML export reads as before. Feeds themselves are in {@link FeedImportCommandTest}.
 */
class FormatOptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NL = System.lineSeparator();

    @TempDir
    Path tmp;

    private Path export;
    private Path db;

    @BeforeEach
    void generateAnExport() {
        export = tmp.resolve("export");
        db = tmp.resolve("shop.db");
        assertEquals(0, CliRun.of("generate", "--products", "3", "--out", export.toString()).exitCode());
    }

    @Test
    void inspectRefusesAnUnknownFormatNamingTheKnownOnes() {
        CliRun run = CliRun.of("inspect", export.toString(), "--format", "xml");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("", run.out());
        List<String> lines = run.err().lines().toList();
        assertEquals(2, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("error: invalid value for option '--format': 'xml' (choose one of "
                + "commerceml"), lines.get(0));
        assertEquals("Try 'onec-sync inspect --help' for more information.", lines.get(1));
    }

    @Test
    void importRefusesAnUnknownFormatWithoutCreatingADatabase() {
        CliRun run = CliRun.of("import", export.toString(), "--format", "yaml", "--db", db.toString());

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("error: invalid value for option '--format': 'yaml' (choose one of "),
                run.err());
        assertFalse(Files.exists(db));
    }

    @Test
    void inspectFailsWithOneLineForAMissingProfile() {
        Path profile = tmp.resolve("supplier.properties");

        CliRun run = CliRun.of("inspect", export.toString(), "--profile", profile.toString());

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals("", run.out());
        assertEquals("error: no such CSV profile: " + profile + NL, run.err());
    }

    @Test
    void importFailsForAMissingProfileWithoutCreatingADatabase() {
        Path profile = tmp.resolve("supplier.properties");

        CliRun run = CliRun.of("import", export.toString(), "--profile", profile.toString(), "--db", db.toString());

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals("error: no such CSV profile: " + profile + NL, run.err());
        assertFalse(Files.exists(db));
    }

    @Test
    void importJsonPrintsTheFailedResultForAMissingProfile() throws IOException {
        Path profile = tmp.resolve("supplier.properties");

        CliRun run = CliRun.of("import", export.toString(), "--profile", profile.toString(), "--db", db.toString(),
                "--json");

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        JsonNode result = JSON.readTree(run.out());
        assertEquals("failed", result.get("status").asText());
        assertTrue(result.get("session").isNull());
        assertEquals("bad_input", result.get("kind").asText());
        assertEquals("no such CSV profile: " + profile, result.get("error").asText());
        assertEquals(1, result.get("exitCode").asInt());
    }

    @Test
    void anInvalidProfileFailsWithOneLineNamingTheProfileAndTheKey() throws IOException {
        Path profile = Files.writeString(tmp.resolve("supplier.properties"), "separator=;\nbogus=1\n",
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of("inspect", export.toString(), "--profile", profile.toString());

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: CSV profile " + profile + ": key 'bogus': unknown key"), run.err());
    }

    @Test
    void aFolderGivenAsTheProfileIsBadInput() {
        CliRun run = CliRun.of("inspect", export.toString(), "--profile", tmp.toString());

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals("error: the CSV profile " + tmp + " is a folder, not a .properties file" + NL, run.err());
    }

    @Test
    void aProfileWithAnotherForcedFormatIsABadCommandLine() throws IOException {
        Path profile = Files.writeString(tmp.resolve("supplier.properties"), "separator=;\n");

        CliRun run = CliRun.of("inspect", export.toString(), "--format", "commerceml", "--profile",
                profile.toString());

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals(List.of("error: --profile is a CSV profile; it does not apply to --format commerceml",
                "Try 'onec-sync inspect --help' for more information."), run.err().lines().toList());
    }

    @Test
    void forcingCommercemlReadsAnExportAsRecognisingItDoes() throws IOException {
        CliRun recognised = CliRun.of("inspect", export.toString(), "--json");
        CliRun forced = CliRun.of("inspect", export.toString(), "--json", "--format", "CommerceML");

        assertEquals(0, forced.exitCode(), forced.err());
        assertEquals(recognised.out(), forced.out());
        assertEquals(JSON.readTree(recognised.out()).get("totals"), JSON.readTree(forced.out()).get("totals"));
    }

    @Test
    void inspectJsonNamesEachFilesFormatAndScope() throws IOException {
        JsonNode files = JSON.readTree(CliRun.of("inspect", export.toString(), "--json").out()).get("files");

        assertTrue(files.size() > 0);
        for (JsonNode file : files) {
            assertEquals("commerceml", file.get("format").asText(), file.toString());
            // A partial package holds changes, a full one (the counterparties here) the complete set.
            assertEquals(file.get("partial").asBoolean() ? "changes" : "complete", file.get("scope").asText(),
                    file.toString());
        }
    }

    @Test
    void aCommercemlExportKeepsItsTable() {
        CliRun run = CliRun.of("inspect", export.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("FILE"), run.out());
        assertTrue(run.out().lines().findFirst().orElseThrow().matches("FILE +ROLE +VERSION +PARTIAL +RECORDS"),
                run.out());
    }

    @Test
    void importForcingCommercemlAppliesTheExport() throws IOException {
        CliRun run = CliRun.of("import", export.toString(), "--format", "commerceml", "--db", db.toString(),
                "--json");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(3, JSON.readTree(run.out()).get("entities").get("products").get("created").asInt());
    }
}
