package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.commerceml.testing.Fixtures;

/** What {@code --db}, {@code ONEC_SYNC_DB} and {@code ONEC_SYNC_DB_PASSWORD} accept, refuse and never show. */
class DatabaseOptionTest {

    /** A 1×1 PNG: what people give as a database by mistake. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    private static final String HINT = "Try 'onec-sync sessions --help' for more information.";

    @TempDir
    Path tmp;

    @Test
    void anotherSchemeIsABadCommandLineAndNeverAFileName() {
        CliRun run = CliRun.of("sessions", "--db", "mysql://shop:hunter2@db.example.com/shop");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals(List.of("error: --db: unsupported database URL mysql://shop:***@db.example.com/shop: use "
                + "postgres://USER@HOST:PORT/DB, jdbc:postgresql://HOST:PORT/DB?user=USER or jdbc:sqlite:FILE",
                HINT), run.err().lines().toList());
        assertFalse(Files.exists(Path.of("mysql:")), "a folder named after the URL was created");
    }

    @Test
    void theDatabaseUrlFormIsPostgresNotAFile() {
        // Port 1 on loopback: nothing listens, so the connection is refused at once.
        CliRun run = CliRun.of("import", Fixtures.require("cml204-1c-official").toString(),
                "--db", "postgres://sync:hunter2@127.0.0.1:1/shop");

        assertEquals(ExitCodes.STORE, run.exitCode());
        assertEquals("error: cannot connect to PostgreSQL at 127.0.0.1:1: connection refused" + System.lineSeparator(),
                run.err());
        assertFalse(Files.exists(Path.of("postgres:")), "a folder named after the URL was created");
    }

    @Test
    void theUrlComesFromTheEnvironmentWhenTheOptionIsAbsent() {
        Path db = tmp.resolve("from-env.db");
        Map<String, String> environment = Map.of("ONEC_SYNC_DB", db.toString());

        CliRun imported = CliRun.withEnvironment(environment, "import",
                Fixtures.require("cml204-1c-official").toString());
        CliRun refused = CliRun.withEnvironment(Map.of("ONEC_SYNC_DB", "sqlite:///x.db"), "sessions");

        assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());
        assertTrue(Files.isRegularFile(db), "the import did not use ONEC_SYNC_DB");
        assertEquals(List.of("error: ONEC_SYNC_DB: unsupported database URL sqlite:///x.db: use "
                + "postgres://USER@HOST:PORT/DB, jdbc:postgresql://HOST:PORT/DB?user=USER or jdbc:sqlite:FILE",
                HINT), refused.err().lines().toList());
    }

    @Test
    void theOptionWinsOverTheEnvironment() {
        Path option = tmp.resolve("option.db");
        CliRun run = CliRun.withEnvironment(Map.of("ONEC_SYNC_DB", "mysql://elsewhere/db"), "import",
                Fixtures.require("cml204-1c-official").toString(), "--db", option.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(option));
    }

    @Test
    void thePasswordFromTheEnvironmentIsNeverShown() {
        Map<String, String> environment = Map.of("ONEC_SYNC_DB_PASSWORD", "hunter2");
        CliRun run = CliRun.withEnvironment(environment, "sessions", "--json",
                "--db", "postgres://sync@127.0.0.1:1/hunter2");

        assertEquals(ExitCodes.STORE, run.exitCode());
        assertEquals("error: cannot connect to PostgreSQL at 127.0.0.1:1: connection refused" + System.lineSeparator(),
                run.err());
        assertFalse(run.out().contains("hunter2") || run.err().contains("hunter2"));
    }

    @Test
    void aFileThatIsNoDatabaseFailsWithinASecondNamingIt() throws Exception {
        Path png = Files.write(tmp.resolve("x.png"), PNG);
        // Loading the driver (its native library) once is not what is measured.
        CliRun.of("sessions", "--db", png.toString());
        for (String command : new String[] {"import", "sessions", "dump", "changes"}) {
            List<String> args = command.equals("import")
                    ? List.of("import", Fixtures.require("cml204-1c-official").toString(), "--db", png.toString())
                    : List.of(command, "--db", png.toString());
            long start = System.nanoTime();
            CliRun run = CliRun.of(args.toArray(String[]::new));
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertEquals(ExitCodes.STORE, run.exitCode(), command);
            assertEquals("error: cannot open the SQLite database " + png + ": not a database file"
                    + System.lineSeparator(), run.err(), command);
            assertTrue(millis < 1000, command + " took " + millis + " ms");
        }
        assertTrue(java.util.Arrays.equals(PNG, Files.readAllBytes(png)), "the file was changed");
    }
}
