package org.onecsync.jdbi.internal;

import java.io.IOException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.onecsync.store.StoreException;

/**
 * Turns driver exceptions into {@link StoreException}s whose message a person can act on. A failure to reach
 * the database at all (refused, unknown host, wrong password, not a database file) names the host or the
 * file, whatever the store was doing: that is what the person has to fix.
 */
final class Failures {

    /** SQLite's primary result codes that mean the file is not a usable database, with what to say. */
    private static final Map<Integer, String> SQLITE_UNUSABLE = Map.of(
            11, "the database file is corrupt",
            14, "the file cannot be opened",
            26, "not a database file");

    private final List<String> secrets;
    /** {@code cannot connect to PostgreSQL at HOST:PORT} or {@code cannot open the SQLite database FILE}. */
    private final String unreachable;

    /**
     * @param secrets passwords to hide
     * @param unreachable what to say, instead of what the store was doing, when the database cannot be reached
     */
    Failures(List<String> secrets, String unreachable) {
        this.secrets = List.copyOf(secrets);
        this.unreachable = unreachable;
    }

    /**
     * @param what what could not be done, e.g. {@code cannot record the session}
     * @param failure the driver's or Jdbi's exception
     */
    StoreException wrap(String what, Throwable failure) {
        SQLException sql = find(failure, SQLException.class);
        if (sql != null && unreachable != null && cannotReach(sql)) {
            return new StoreException(scrub(unreachable + ": " + reason(failure)), failure);
        }
        return new StoreException(scrub(what + ": " + reason(failure)), failure);
    }

    String scrub(String text) {
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, "***");
        }
        return result;
    }

    /**
     * Whether the failure means the database could not be reached or opened: a connection failure (SQLState
     * class 08), refused credentials (28), a database that does not exist (3D000), a server that takes no
     * connections now (53300, 57P03), or a SQLite file that is no database.
     */
    private static boolean cannotReach(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && (state.startsWith("08") || state.startsWith("28") || state.equals("3D000")
                || state.equals("53300") || state.equals("57P03"))) {
            return true;
        }
        return isSqlite(sql) && SQLITE_UNUSABLE.containsKey(sql.getErrorCode() & 0xff);
    }

    private static boolean isSqlite(SQLException sql) {
        return sql.getMessage() != null && sql.getMessage().startsWith("[SQLITE_");
    }

    private static String reason(Throwable failure) {
        Throwable source = failure;
        SQLException sql = find(failure, SQLException.class);
        if (sql != null) {
            if (isSqlite(sql) && SQLITE_UNUSABLE.containsKey(sql.getErrorCode() & 0xff)) {
                return SQLITE_UNUSABLE.get(sql.getErrorCode() & 0xff);
            }
            source = sql;
            // A network failure says more than the driver's paragraph around it.
            if (sql.getCause() instanceof IOException io && io.getMessage() != null) {
                source = io;
            }
        } else {
            while (source.getCause() != null && source.getMessage() == null) {
                source = source.getCause();
            }
        }
        String text = source.getMessage() == null ? source.getClass().getSimpleName() : source.getMessage();
        if (source instanceof UnknownHostException) {
            text = "unknown host " + text;
        }
        // The server's severity ("FATAL: database "x" does not exist") and the driver's "Position: 14" line
        // say nothing a person can act on.
        text = text.strip().replaceAll("\\s*\\R\\s*Position: \\d+$", "").replaceAll("\\s*\\R\\s*", "; ")
                .replaceFirst("^(FATAL|ERROR|PANIC): ", "");
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
