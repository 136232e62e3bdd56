package org.onecsync.jdbi.internal;

import java.sql.SQLException;

/**
 * One {@code COPY … FROM STDIN} in progress, in JDK types only: {@link PostgresDriver} makes it from the
 * driver's own copy API, so the classes that write rows never name a driver class.
 */
interface CopyStream {

    /** Sends bytes of the copy's data. */
    void write(byte[] bytes, int offset, int length) throws SQLException;

    /** Ends the copy: the database takes the rows. */
    void end() throws SQLException;

    /** Cancels the copy if it is still in progress; a failure to cancel is ignored. */
    void cancelIfActive();
}
