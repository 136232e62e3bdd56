package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.commerceml.testing.Fixtures;

/**
 * What a fresh CLI process prints on standard error: nothing of the libraries underneath (Flyway creating
 * the tables, say) unless {@code --verbose}, and one line on failure.
 */
@Timeout(120)
class QuietOutputTest {

    @TempDir
    Path tmp;

    @Test
    void aFirstImportPrintsNoLibraryLines() throws Exception {
        ChildCli child = ChildCli.run(tmp, Map.of(), "import",
                Fixtures.require("cml204-1c-official").resolve("import.xml").toString(), "--db",
                tmp.resolve("quiet.db").toString());

        assertEquals(0, child.await(), child.output());
        assertEquals("", child.stderr());
        assertTrue(child.stdout().startsWith("Session 1: all, succeeded in "), child.stdout());
    }

    @Test
    void verboseShowsFlywayThroughTheLogger() throws Exception {
        ChildCli child = ChildCli.run(tmp, Map.of(), "import",
                Fixtures.require("cml204-1c-official").resolve("import.xml").toString(), "--db",
                tmp.resolve("verbose.db").toString(), "--verbose");

        assertEquals(0, child.await(), child.output());
        assertTrue(child.stderr().contains("[INFO] DbMigrate - Migrating schema \"main\" to version \"1 - create "
                + "store\""), child.stderr());
        assertTrue(child.stdout().startsWith("Session 1: all, succeeded in "), child.stdout());
    }

    @Test
    void aFailurePrintsOneLine() throws Exception {
        Path notADatabase = Files.writeString(tmp.resolve("notes.db"), "not a database, but long enough to be "
                + "read as one: SQLite reads a hundred bytes of header before it complains about the file.");
        ChildCli child = ChildCli.run(tmp, Map.of(), "import", Fixtures.require("cml204-1c-official").toString(),
                "--db", notADatabase.toString());

        assertEquals(ExitCodes.STORE, child.await(), child.output());
        assertEquals("error: cannot open the SQLite database " + notADatabase + ": not a database file"
                + System.lineSeparator(), child.stderr());
        assertEquals("", child.stdout());
    }
}
