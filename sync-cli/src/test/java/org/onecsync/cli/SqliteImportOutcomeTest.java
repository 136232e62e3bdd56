package org.onecsync.cli;

import java.nio.file.Path;

/** The import outcome contract on SQLite. */
class SqliteImportOutcomeTest extends ImportOutcomeContract {

    @Override
    ScratchDatabase database(Path folder) {
        return TestDatabase.sqlite(folder);
    }
}
