package org.onecsync.jdbi;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The reading side on SQLite files, each database in a folder of its own that does not exist beforehand. */
class SqliteCatalogReaderTest extends CatalogReaderContract {

    @TempDir
    Path dir;
    private int databases;

    @Override
    protected String newDatabase() {
        return "jdbc:sqlite:" + dir.resolve("db" + ++databases).resolve("store.db");
    }

    @Override
    protected void dropDatabases() {
        // @TempDir deletes the files.
    }

    @Override
    protected void assertNothingCreated(String databaseUrl) {
        Path file = Path.of(databaseUrl.substring("jdbc:sqlite:".length()));
        assertFalse(Files.exists(file.getParent()), "created " + file.getParent());
    }
}
