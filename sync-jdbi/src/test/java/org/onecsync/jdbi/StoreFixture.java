package org.onecsync.jdbi;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
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

    /** Creates a new database (nothing in it, possibly not even a file) and returns its URL. */
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

    @Override
    public final String url() {
        return url;
    }

    @Override
    public final JdbiCatalogStore store() {
        return store;
    }

    @Override
    public final JdbiCatalogStore openStore() {
        return openStore(url);
    }

    @Override
    public final JdbiCatalogStore openStore(String databaseUrl) {
        JdbiCatalogStore another = JdbiCatalogStore.open(databaseUrl);
        opened.add(another);
        return another;
    }

    @Override
    public final String freshDatabaseUrl() throws Exception {
        return newDatabase();
    }

    @Override
    public final void sqlExecute(String databaseUrl, String... sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(databaseUrl);
             Statement statement = connection.createStatement()) {
            for (String one : sql) {
                statement.execute(one);
            }
        }
    }

    @Override
    public final List<List<String>> sqlRows(String databaseUrl, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(databaseUrl);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<List<String>> result = new ArrayList<>();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.add(rows.getString(i));
                }
                result.add(row);
            }
            return result;
        }
    }
}
