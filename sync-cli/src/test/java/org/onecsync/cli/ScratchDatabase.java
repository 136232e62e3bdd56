package org.onecsync.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An empty database for one test: a SQLite file, or a PostgreSQL schema of its own that {@link #close()} drops
 * again. (The benchmarks have their own copy: the CLI jar ships nothing that creates and drops schemas.)
 *
 * @param url the JDBC URL of the empty database
 * @param server for PostgreSQL, the URL the schema was created through; {@code null} for SQLite
 * @param schema for PostgreSQL, the schema; {@code null} for SQLite
 * @param file for SQLite, the database file; {@code null} for PostgreSQL
 */
record ScratchDatabase(String url, String server, String schema, Path file) implements AutoCloseable {

    /** A SQLite database in {@code file}, which must not exist yet. */
    static ScratchDatabase sqlite(Path file) {
        return new ScratchDatabase("jdbc:sqlite:" + file, null, null, file);
    }

    /** A new schema named {@code schema} in the PostgreSQL database at {@code server}. */
    static ScratchDatabase postgres(String server, String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return new ScratchDatabase(server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                server, schema, null);
    }

    /** Deletes the SQLite file and what SQLite left beside it, or drops the PostgreSQL schema. */
    @Override
    public void close() throws IOException, SQLException {
        if (file != null) {
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal", ".lock"}) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
            return;
        }
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
