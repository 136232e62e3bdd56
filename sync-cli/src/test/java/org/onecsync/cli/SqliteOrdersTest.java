package org.onecsync.cli;

import java.nio.file.Path;

/** {@code orders add} and {@code orders} on SQLite. */
class SqliteOrdersTest extends OrdersContract {

    @Override
    ScratchDatabase database(Path folder) {
        return TestDatabase.sqlite(folder);
    }
}
