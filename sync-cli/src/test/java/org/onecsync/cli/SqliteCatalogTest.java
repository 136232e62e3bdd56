package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code show}, {@code changes} and the views on SQLite, and what read-only commands do to a missing file. */
class SqliteCatalogTest extends CatalogContract {

    @Override
    ScratchDatabase database(Path folder) {
        return TestDatabase.sqlite(folder);
    }

    @Test
    void readOnlyCommandsOnAMissingDatabaseFailAndCreateNothing() {
        Path folder = tmp.resolve("nowhere");
        Path db = folder.resolve("missing.db");
        for (String[] command : new String[][] {{"sessions"}, {"dump"}, {"changes"}, {"show", "product", "x"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                    java.util.stream.Stream.of("--db", db.toString())).toArray(String[]::new);
            CliRun result = CliRun.of(args);
            assertEquals(5, result.exitCode(), String.join(" ", command) + ": " + result.err());
            assertTrue(result.err().startsWith("error: no onec-sync database at "), result.err());
            assertEquals(1, result.err().lines().count(), result.err());
        }
        assertFalse(Files.exists(folder));
    }
}
