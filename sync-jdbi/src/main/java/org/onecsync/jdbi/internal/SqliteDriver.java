package org.onecsync.jdbi.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/**
 * Every use of the SQLite driver's own classes ({@code org.sqlite.*}), behind methods that take and return
 * JDK types only. The driver is an optional dependency: this class is only touched once a SQLite database is
 * in use (or the driver is known to be there), so a PostgreSQL application without it never loads the
 * driver's classes.
 */
final class SqliteDriver {

    /** A class of the driver, to see whether it is on the class path without loading this class. */
    static final String DRIVER_CLASS = "org.sqlite.JDBC";
    /** The driver's Maven coordinates, for the message when it is missing. */
    static final String ARTIFACT = "org.xerial:sqlite-jdbc";

    private SqliteDriver() {
    }

    /**
     * A data source for a database file that its connections never create (nor its folder): a read of a
     * missing database must fail instead of leaving an empty one behind.
     *
     * @param url a {@code jdbc:sqlite:} URL naming a file
     */
    static DataSource existingFile(String url, int busyTimeoutMillis) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(busyTimeoutMillis);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url);
        return dataSource;
    }

    /** A data source for an in-memory database that every connection shares, alive while one is open. */
    static DataSource sharedMemory(String name, int busyTimeoutMillis) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(busyTimeoutMillis);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:file:" + name + "?mode=memory&cache=shared");
        return dataSource;
    }

    /** Creates an empty database in {@code file}, which must not exist yet (its folder must). */
    static void create(Path file) throws SQLException {
        SQLiteDataSource creating = new SQLiteDataSource(new SQLiteConfig());
        creating.setUrl(DatabaseUrl.SQLITE + file);
        try (Connection connection = creating.getConnection();
             Statement statement = connection.createStatement()) {
            // Opening creates an empty file; a first page makes it a database any SQLite opens.
            statement.execute("PRAGMA user_version = 0");
        }
    }

    /** Makes the connection's next transaction begin with {@code BEGIN IMMEDIATE} (a SQLite connection only). */
    static void beginImmediate(Connection connection) throws SQLException {
        if (connection.isWrapperFor(SQLiteConnection.class)) {
            connection.unwrap(SQLiteConnection.class).getConnectionConfig()
                    .setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
    }

    /** The URL of a SQLite driver's data source, or {@code null} for any other data source. */
    static String url(DataSource dataSource) {
        return dataSource instanceof SQLiteDataSource sqlite ? sqlite.getUrl() : null;
    }
}
