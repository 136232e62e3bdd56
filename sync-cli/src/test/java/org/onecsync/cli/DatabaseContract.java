package org.onecsync.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A CLI contract run against a real, empty database that each subclass supplies and that is dropped after. */
abstract class DatabaseContract {

    @TempDir
    Path tmp;

    ScratchDatabase database;

    abstract ScratchDatabase database(Path folder) throws SQLException;

    @BeforeEach
    void openDatabase() throws SQLException {
        database = database(tmp);
    }

    @AfterEach
    void dropDatabase() throws SQLException, IOException {
        // Null when the database was skipped (no PostgreSQL URL): there is nothing to drop.
        if (database != null) {
            database.close();
        }
    }

    /** Runs the command line with {@code --db} naming this test's database. */
    CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(database.url());
        return CliRun.of(all.toArray(String[]::new));
    }
}
