package org.onecsync.cli;

import java.nio.file.Path;

/** 1C status documents imported on SQLite. */
class SqliteStatusImportTest extends StatusImportContract {

    @Override
    ScratchDatabase database(Path folder) {
        return TestDatabase.sqlite(folder);
    }
}
