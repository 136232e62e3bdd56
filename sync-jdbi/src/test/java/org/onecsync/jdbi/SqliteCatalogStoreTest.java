package org.onecsync.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onecsync.jdbi.Samples.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.model.EntityType;
import org.onecsync.store.ImportLock;
import org.onecsync.store.ImportLockedException;
import org.onecsync.store.ImportTransaction;
import org.onecsync.store.SessionStart;
import org.onecsync.store.StoreException;
import org.sqlite.SQLiteDataSource;

/** The write side on SQLite files, each test's databases in folders of their own that do not exist beforehand. */
class SqliteCatalogStoreTest extends StoreFixture implements TransactionContract, SessionContract, LockContract,
        SchemaContract, UpgradeContract, ViewContract {

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
    public void makeReachable(String url) throws Exception {
        Files.createDirectories(file(url).getParent());
    }

    @Override
    public String migrations() {
        return "classpath:db/migration/sqlite";
    }

    @Override
    public boolean postgres() {
        return false;
    }

    @Override
    public void assertNothingCreated(String url) {
        Path file = file(url);
        assertFalse(Files.exists(file), "created " + file);
        // The lock, taken by an import before it migrates, may have made the folder and its lock file.
        if (Files.exists(file.getParent())) {
            try (var files = Files.list(file.getParent())) {
                assertEquals(List.of(file.resolveSibling("store.db.lock")), files.toList());
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public String notFoundMessage(String url) {
        return "no onec-sync database at " + file(url) + " (run an import first)";
    }

    private static Path file(String url) {
        return Path.of(url.substring("jdbc:sqlite:".length()));
    }

    @Test
    void prepareCreatesTheMissingFolderAndFile() {
        assertTrue(Files.isRegularFile(dir.resolve("db1").resolve("store.db")));
    }

    @Test
    void readsOfAMissingFileCreateNotEvenItsFolder() throws Exception {
        String fresh = freshDatabaseUrl();
        JdbiCatalogStore missing = openStore(fresh);
        assertThrows(StoreException.class, () -> missing.sessions().recent(1));
        missing.sessions().lockedMessage();
        assertFalse(Files.exists(file(fresh).getParent()));
    }

    @Test
    void aDeletedFileIsMissingForAStoreThatReadItBefore() throws Exception {
        JdbiCatalogStore reader = openStore();
        assertEquals(List.of(), reader.sessions().recent(1));
        Files.delete(dir.resolve("db1").resolve("store.db"));

        StoreException refused = assertThrows(StoreException.class, () -> reader.sessions().recent(1));
        assertEquals(StoreException.Reason.NOT_FOUND, refused.reason());
        assertFalse(Files.exists(dir.resolve("db1").resolve("store.db")));
    }

    @Test
    void lockFileSitsBesideTheDatabase() {
        ImportLock held = store().lock();
        assertTrue(Files.exists(dir.resolve("db1").resolve("store.db.lock")));
        held.close();
    }

    @Test
    void aDataSourceStoreRefusesAMissingFileBeforeConnecting() throws Exception {
        String fresh = freshDatabaseUrl();
        makeReachable(fresh);
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl(fresh);
        try (JdbiCatalogStore store = JdbiCatalogStore.of(dataSource)) {
            StoreException refused = assertThrows(StoreException.class, () -> store.sessions().recent(1));
            assertEquals(notFoundMessage(fresh), refused.getMessage());
            assertFalse(Files.exists(file(fresh)));
        }
    }

    @Test
    void inMemoryDatabaseLivesAsLongAsTheStore() {
        try (JdbiCatalogStore memory = JdbiCatalogStore.open("jdbc:sqlite::memory:")) {
            ImportLock held = memory.lock();
            memory.prepare();
            long session = memory.sessions().open(new SessionStart("catalog", "test", false, STARTED));
            assertThrows(ImportLockedException.class, memory::lock);
            try (ImportTransaction transaction = memory.begin(session, NOW)) {
                transaction.insert(EntityType.PRODUCT, List.of(row(Samples.DRESS)));
                transaction.commit(succeeded());
            }
            held.close();

            assertEquals(1, memory.sessions().recent(5).size());
        }
    }
}
