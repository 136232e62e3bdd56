package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.generate.ExportGenerator;
import org.onecsync.generate.GeneratorOptions;

/**
 * Several first imports started at once on a new database, each in a process of its own (as a shop's cron and
 * a person might): one imports, every other one gets the lock message (exit 3, one line), none fails inside the
 * schema migration ({@code SQLITE_BUSY}, exit 5, an {@code [ERROR]} line), because the lock is taken first.
 */
@Timeout(300)
class SimultaneousFirstImportsTest {

    private static final int IMPORTS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void onANewSqliteFileOneImportsAndTheOthersGetTheLockMessage() throws Exception {
        try (ScratchDatabase database = TestDatabase.sqlite(tmp)) {
            race(database);
        }
    }

    @Test
    void onANewPostgresSchemaOneImportsAndTheOthersGetTheLockMessage() throws Exception {
        try (ScratchDatabase database = TestDatabase.postgres()) {
            race(database);
        }
    }

    private void race(ScratchDatabase database) throws Exception {
        // Big enough that the winner still holds the lock when the last process asks for it.
        Path export = tmp.resolve("export");
        new ExportGenerator(GeneratorOptions.of(300, 5)).generate(export);
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < IMPORTS; i++) {
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), OnecSync.class.getName(),
                    "import", export.toString(), "--db", database.url())
                    .redirectOutput(tmp.resolve("out" + i).toFile())
                    .redirectError(tmp.resolve("err" + i).toFile())
                    .start());
        }
        List<Integer> codes = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < IMPORTS; i++) {
            Process process = processes.get(i);
            if (!process.waitFor(240, TimeUnit.SECONDS)) {
                processes.forEach(Process::destroyForcibly);
                throw new AssertionError("import " + i + " did not end in time");
            }
            codes.add(process.exitValue());
            errors.add(Files.readString(tmp.resolve("err" + i), StandardCharsets.UTF_8));
        }

        String all = codes + "\n" + String.join("\n", errors);
        assertEquals(1, codes.stream().filter(c -> c == 0).count(), all);
        assertEquals(IMPORTS - 1, codes.stream().filter(c -> c == 3).count(), all);
        for (int i = 0; i < IMPORTS; i++) {
            String err = errors.get(i);
            assertFalse(err.contains("SQLITE_BUSY") || err.contains("[ERROR]"), all);
            if (codes.get(i) == 3) {
                assertTrue(err.startsWith("error: an import is already running ("), all);
                assertEquals(1, err.lines().count(), all);
            }
        }
        CliRun sessions = CliRun.of("sessions", "--json", "--db", database.url());
        assertEquals(0, sessions.exitCode(), sessions.err());
        JsonNode log = JSON.readTree(sessions.out());
        assertEquals(1, log.size(), sessions.out());
        assertEquals("succeeded", log.get(0).get("status").asText());
    }
}
