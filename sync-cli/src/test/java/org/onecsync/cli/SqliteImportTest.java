package org.onecsync.cli;

import java.nio.file.Path;

/** The import contract on SQLite, the embedded default. */
class SqliteImportTest extends ImportContract {

    @Override
    TestDatabase database(Path folder) {
        return TestDatabase.sqlite(folder);
    }
}
