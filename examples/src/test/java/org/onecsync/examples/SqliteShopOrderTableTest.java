package org.onecsync.examples;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** {@link ShopOrderTable} on SQLite, the example's database. */
class SqliteShopOrderTableTest extends ShopOrderTableContract {

    @TempDir
    Path tmp;

    @Override
    DataSource database() {
        SQLiteDataSource database = new SQLiteDataSource();
        database.setUrl("jdbc:sqlite:" + tmp.resolve("shop.db"));
        return database;
    }
}
