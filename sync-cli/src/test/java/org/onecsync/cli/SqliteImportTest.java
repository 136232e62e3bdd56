package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The import contract on SQLite, the embedded default. */
class SqliteImportTest extends ImportContract {

    @Override
    ScratchDatabase database(Path folder) {
        return TestDatabase.sqlite(folder);
    }

    @Test
    void missingPathFailsWithoutCreatingADatabase() {
        Path db = tmp.resolve("never.db");
        CliRun result = CliRun.of("import", tmp.resolve("no-such-export").toString(), "--db", db.toString());
        assertEquals(1, result.exitCode());
        assertEquals("error: no such file or folder: " + tmp.resolve("no-such-export") + System.lineSeparator(),
                result.err());
        assertFalse(Files.exists(db));
    }
}
