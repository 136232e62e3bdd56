package org.onecsync.jdbi;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Gives every test a new database of its own and a prepared store on it. A subclass says how a database is
 * made and dropped; the contracts it implements bring the test cases.
 */
abstract class StoreFixture implements StoreContract {

    private final List<JdbiCatalogStore> opened = new ArrayList<>();
    private String url;
    private JdbiCatalogStore store;

    /** Creates a new, empty database and returns its URL. */
    protected abstract String newDatabase() throws Exception;

    /** Drops every database {@link #newDatabase()} made for the test. */
    protected abstract void dropDatabases() throws Exception;

    @BeforeEach
    final void prepareStore() throws Exception {
        url = newDatabase();
        store = openStore();
        store.prepare();
    }

    @AfterEach
    final void closeStores() throws Exception {
        try {
            opened.forEach(JdbiCatalogStore::close);
        } finally {
            dropDatabases();
        }
    }

    /** The URL of the test's main database. */
    protected final String url() {
        return url;
    }

    @Override
    public final JdbiCatalogStore store() {
        return store;
    }

    @Override
    public final JdbiCatalogStore openStore() {
        JdbiCatalogStore another = JdbiCatalogStore.open(url);
        opened.add(another);
        return another;
    }

    @Override
    public final String freshDatabaseUrl() throws Exception {
        return newDatabase();
    }

    @Override
    public final long sqlLong(String sql) throws Exception {
        return Long.parseLong(sqlString(url, sql));
    }

    @Override
    public final void sqlExecute(String databaseUrl, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(databaseUrl);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Runs a query that returns one value, as text. */
    protected static String sqlString(String databaseUrl, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(databaseUrl);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                throw new AssertionError("no row from " + sql);
            }
            return rows.getString(1);
        }
    }
}
