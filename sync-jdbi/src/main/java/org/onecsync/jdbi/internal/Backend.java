package org.onecsync.jdbi.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.onecsync.store.StoreException;

/**
 * The store's way to its database: connects on first use (so that creating a store costs nothing), knows
 * the dialect, and runs work on a handle, turning failures into {@link StoreException}s.
 *
 * <p>Both JDBC drivers are optional dependencies. This class names no driver class: what needs one goes
 * through {@link PostgresDriver} or {@link SqliteDriver}, reached only for that database and after
 * {@link #requireDriver} has found the driver, so a missing driver is a {@link StoreException} that says
 * which dependency to add, not a {@link NoClassDefFoundError}.
 */
final class Backend implements AutoCloseable {

    private static final int SQLITE_BUSY_TIMEOUT_MILLIS = 30_000;

    private final String name;
    private final Failures failures;
    private final Connector connector;
    /** The SQLite database file, when known without connecting; {@code null} otherwise. */
    private final Path sqliteFile;
    private final Object connecting = new Object();
    private volatile Connected connected;
    private volatile boolean closed;

    private Backend(String name, Failures failures, Path sqliteFile, Connector connector) {
        this.name = name;
        this.failures = failures;
        this.sqliteFile = sqliteFile;
        this.connector = connector;
    }

    /**
     * @param url a {@code jdbc:postgresql:}, {@code jdbc:sqlite:}, {@code postgres://} or {@code postgresql://} URL
     * @param password the password for the URL's user when the URL carries none, or {@code null}
     * @return a backend that has not connected yet
     * @throws IllegalArgumentException when the URL names another database
     */
    public static Backend forUrl(String url, String password) {
        DatabaseUrl parsed = DatabaseUrl.parse(url, password);
        String name = "the database " + parsed.shown();
        if (parsed.postgres()) {
            requireDriver("PostgreSQL", PostgresDriver.DRIVER_CLASS, PostgresDriver.ARTIFACT, DatabaseUrl.POSTGRESQL);
            return new Backend(name, new Failures(parsed.secrets(), "cannot connect to " + parsed.where()), null,
                    backend -> postgres(backend, parsed));
        }
        requireDriver("SQLite", SqliteDriver.DRIVER_CLASS, SqliteDriver.ARTIFACT, DatabaseUrl.SQLITE);
        Path file = DatabaseUrl.sqliteFile(parsed.jdbcUrl());
        return new Backend(name, new Failures(parsed.secrets(), "cannot open " + parsed.where()), file,
                backend -> sqlite(backend, parsed.jdbcUrl(), file));
    }

    /**
     * @param dataSource a PostgreSQL or SQLite data source; its dialect is read on first use
     * @return a backend that has not connected yet
     */
    public static Backend forDataSource(DataSource dataSource) {
        // A SQLite data source names its file: knowing it before connecting lets reads refuse a missing
        // database instead of having the driver create it. Without the SQLite driver it is no SQLite one.
        Path file = null;
        String sqliteUrl = hasDriver(SqliteDriver.DRIVER_CLASS) ? SqliteDriver.url(dataSource) : null;
        if (sqliteUrl != null && sqliteUrl.startsWith(DatabaseUrl.SQLITE)) {
            file = DatabaseUrl.sqliteFile(sqliteUrl);
        }
        return new Backend("the database", new Failures(List.of(), "cannot connect to the database"), file,
                backend -> detect(backend, dataSource));
    }

    /** One piece of work on a handle. */
    @FunctionalInterface
    public interface Work<T> {
        /** @param handle an open handle */
        T run(Handle handle) throws Exception;
    }

    /**
     * Runs work on a fresh handle in auto-commit mode. Database failures become {@link StoreException}s;
     * anything else (a sink's own exception, say) passes through unchanged.
     *
     * @param what what the work does, for the message if it fails ({@code cannot …})
     */
    public <T> T call(String what, Work<T> work) {
        try (Handle handle = open()) {
            return work.run(handle);
        } catch (JdbiException e) {
            throw failure(what, e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw failure(what, e);
        }
    }

    /** Runs work in a transaction of its own, committed before this returns. */
    public <T> T inTransaction(String what, Work<T> work) {
        return call(what, handle -> handle.inTransaction(work::run));
    }

    /** Opens a handle the caller closes; for work that spans calls, like an import or a held lock. */
    public Handle open() {
        Connected ready = connected();
        try {
            return ready.jdbi().open();
        } catch (RuntimeException e) {
            throw failure("cannot open " + name, e);
        }
    }

    /** A failure of the database, with a message for a person and no password in it. */
    public StoreException failure(String what, Throwable cause) {
        return failures.wrap(what, cause);
    }

    Dialect dialect() {
        return connected().dialect();
    }

    /** How messages name the database: {@code the database jdbc:…} with passwords hidden. */
    String name() {
        return name;
    }

    /**
     * The SQLite database file as far as it is known without connecting, or {@code null} (PostgreSQL, an
     * in-memory database, a data source whose file is unknown).
     */
    Path sqliteFile() {
        return sqliteFile;
    }

    /**
     * Creates the SQLite database file, and its folder, when missing: only an import does (the store's own
     * connections cannot create the file). Does nothing for other databases.
     */
    void createDatabase() {
        Path file = sqliteFile;
        if (file == null || Files.exists(file)) {
            return;
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            SqliteDriver.create(file);
        } catch (Exception e) {
            throw failure("cannot create " + name, e);
        }
    }

    DataSource dataSource() {
        return connected().dataSource();
    }

    /** Takes the import lock without waiting, or returns {@code null} when another holder has it. */
    public org.onecsync.store.ImportLock tryLock() {
        return connected().locks().tryLock();
    }

    /** Closes what the backend opened itself; a data source handed in stays open. */
    @Override
    public void close() {
        synchronized (connecting) {
            closed = true;
            Connected ready = connected;
            if (ready != null && ready.keeper() != null) {
                try {
                    ready.keeper().close();
                } catch (SQLException e) {
                    throw failure("cannot close " + name, e);
                }
            }
        }
    }

    private Connected connected() {
        Connected ready = connected;
        if (ready != null && !closed) {
            return ready;
        }
        synchronized (connecting) {
            if (closed) {
                throw new IllegalStateException("the store is closed");
            }
            if (connected == null) {
                try {
                    connected = connector.connect(this);
                } catch (StoreException e) {
                    throw e;
                } catch (Exception e) {
                    throw failure("cannot open " + name, e);
                }
            }
            return connected;
        }
    }

    /**
     * Fails with a message naming the dependency to add when a driver is not on the class path.
     *
     * @param database the database's name for a person
     * @param driverClass a class of the driver
     * @param artifact the driver's Maven coordinates
     * @param use what needs it, for the message ({@code jdbc:…:} URLs, a data source)
     */
    private static void requireDriver(String database, String driverClass, String artifact, String use) {
        if (!hasDriver(driverClass)) {
            throw new StoreException("the " + database + " driver (" + artifact + ") is not on the class path: "
                    + "add it to the application to use " + use + (use.endsWith(":") ? "… URLs" : ""), null);
        }
    }

    /** Whether a driver's class can be loaded by the class loader that loads this library's classes. */
    private static boolean hasDriver(String driverClass) {
        try {
            Class.forName(driverClass, false, Backend.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static Connected postgres(Backend backend, DatabaseUrl url) {
        DataSource dataSource = PostgresDriver.dataSource(url.jdbcUrl(), url.user(), url.password());
        return new Connected(dataSource, jdbi(dataSource), Dialect.POSTGRESQL, new AdvisoryLock(backend), null);
    }

    private static Connected sqlite(Backend backend, String url, Path file) throws Exception {
        if (file == null) {
            // Every connection to :memory: is a database of its own; a named shared-cache database is one
            // database for all of them, alive while the keeper connection is open.
            DataSource dataSource = SqliteDriver.sharedMemory("onecsync-" + UUID.randomUUID(),
                    SQLITE_BUSY_TIMEOUT_MILLIS);
            Connection keeper = dataSource.getConnection();
            return new Connected(dataSource, jdbi(dataSource), Dialect.SQLITE, new LocalLock(), keeper);
        }
        // The store's connections never create the file (nor its folder): a read of a missing database must
        // fail instead of leaving an empty one behind. An import creates it first (createDatabase).
        DataSource dataSource = SqliteDriver.existingFile(url, SQLITE_BUSY_TIMEOUT_MILLIS);
        return new Connected(dataSource, jdbi(dataSource), Dialect.SQLITE, new LockFile(file), null);
    }

    private static Connected detect(Backend backend, DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if ("PostgreSQL".equalsIgnoreCase(product)) {
                // Imports write with the driver's COPY API, so its classes must be ours to load too.
                requireDriver("PostgreSQL", PostgresDriver.DRIVER_CLASS, PostgresDriver.ARTIFACT,
                        "a PostgreSQL data source");
                return new Connected(dataSource, jdbi(dataSource), Dialect.POSTGRESQL, new AdvisoryLock(backend),
                        null);
            }
            if ("SQLite".equalsIgnoreCase(product)) {
                Path file = mainFile(connection);
                LockStrategy locks = file == null ? new LocalLock() : new LockFile(file);
                return new Connected(dataSource, jdbi(dataSource), Dialect.SQLITE, locks, null);
            }
            throw new StoreException("unsupported database " + product
                    + ": onec-sync stores to PostgreSQL or SQLite", null);
        }
    }

    /** The file of SQLite's main database, or {@code null} when it has none (in memory, temporary). */
    private static Path mainFile(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA database_list")) {
            while (rows.next()) {
                if ("main".equals(rows.getString("name"))) {
                    String file = rows.getString("file");
                    return file == null || file.isEmpty() ? null : Path.of(file);
                }
            }
            return null;
        }
    }

    private static Jdbi jdbi(DataSource dataSource) {
        // No templating: the SQL is complete as written, and "<>" must stay an operator.
        return Jdbi.create(dataSource).setTemplateEngine(TemplateEngine.NOP);
    }

    @FunctionalInterface
    private interface Connector {
        Connected connect(Backend backend) throws Exception;
    }

    private record Connected(DataSource dataSource, Jdbi jdbi, Dialect dialect, LockStrategy locks,
                             Connection keeper) {
    }
}
