package org.onecsync.jdbi.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Every use of the PostgreSQL driver's own classes ({@code org.postgresql.*}), behind methods that take and
 * return JDK types only. The driver is an optional dependency: this class is only touched once a PostgreSQL
 * database is in use, and {@link Backend} checks that the driver is there before, so a SQLite application
 * without it never loads the driver's classes.
 */
final class PostgresDriver {

    /** A class of the driver, to see whether it is on the class path without loading this class. */
    static final String DRIVER_CLASS = "org.postgresql.Driver";
    /** The driver's Maven coordinates, for the message when it is missing. */
    static final String ARTIFACT = "org.postgresql:postgresql";

    private PostgresDriver() {
    }

    /**
     * A data source for a {@code jdbc:postgresql:} URL.
     *
     * @param user the user, overriding the URL's, or {@code null}
     * @param password the password, used only when the URL carries none, or {@code null}
     */
    static DataSource dataSource(String url, String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        if (user != null) {
            dataSource.setUser(user);
        }
        if (password != null && dataSource.getPassword() == null) {
            dataSource.setPassword(password);
        }
        return dataSource;
    }

    /** Starts {@code sql}, a {@code COPY … FROM STDIN}, on a PostgreSQL connection. */
    static CopyStream copyIn(Connection connection, String sql) throws SQLException {
        return new Copy(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql));
    }

    private static final class Copy implements CopyStream {

        private final CopyIn copy;

        Copy(CopyIn copy) {
            this.copy = copy;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws SQLException {
            copy.writeToCopy(bytes, offset, length);
        }

        @Override
        public void end() throws SQLException {
            copy.endCopy();
        }

        @Override
        public void cancelIfActive() {
            if (copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException ignored) {
                    // The failure that got us here is the one to report.
                }
            }
        }
    }
}
