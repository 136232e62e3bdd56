package org.onecsync.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onecsync.jdbi.Records.counts;
import static org.onecsync.jdbi.Records.product;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.model.EntityType;
import org.onecsync.store.ChangeListener;
import org.onecsync.store.ImportLock;
import org.onecsync.store.ImportLockedException;
import org.onecsync.store.MissingPolicy;
import org.onecsync.store.SessionStart;
import org.onecsync.store.StoreTransaction;
import org.onecsync.store.StoredRecord;
import javax.sql.DataSource;
import org.sqlite.SQLiteDataSource;

/** The store contracts on SQLite files, each test in folders of its own. */
class SqliteCatalogStoreTest extends StoreFixture implements ImportContract, MissingContract, ReferenceContract,
        HistoryContract, SessionContract, LockContract, ReadContract {

    @TempDir
    Path dir;
    private int databases;

    @Override
    protected String newDatabase() throws Exception {
        Path folder = dir.resolve("db" + ++databases);
        // The main database's folder does not exist yet, so that opening the store must create it; the
        // others are also written by plain JDBC, which would not.
        if (databases > 1) {
            Files.createDirectories(folder);
        }
        return "jdbc:sqlite:" + folder.resolve("store.db");
    }

    @Override
    public DataSource dataSource() {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl(url());
        return dataSource;
    }

    @Override
    protected void dropDatabases() {
        // @TempDir deletes the files.
    }

    @Test
    void createsTheMissingParentFolder() {
        assertTrue(Files.isRegularFile(dir.resolve("db1").resolve("store.db")));
    }

    @Test
    void lockFileSitsBesideTheDatabase() {
        ImportLock held = store().lock();
        assertTrue(Files.exists(dir.resolve("db1").resolve("store.db.lock")));
        held.close();
    }

    @Test
    void inMemoryDatabaseLivesAsLongAsTheStore() {
        try (JdbiCatalogStore memory = JdbiCatalogStore.open("jdbc:sqlite::memory:")) {
            memory.prepare();
            long session = memory.openSession(new SessionStart("catalog", "test", false, STARTED));
            ImportLock held = memory.lock();
            assertThrows(ImportLockedException.class, memory::lock);
            try (StoreTransaction transaction = memory.begin(session)) {
                transaction.stage(List.of(product("p1")));
                transaction.resolve(problem -> { });
                assertEquals(Map.of(EntityType.PRODUCT, counts(1, 0, 0, 0)),
                        transaction.apply(Set.of(), MissingPolicy.KEEP, ChangeListener.NONE));
                transaction.commit();
            }
            held.close();

            assertTrue(memory.hasCatalog());
            assertEquals(1, memory.recentSessions(5).size());
        }
    }
}
