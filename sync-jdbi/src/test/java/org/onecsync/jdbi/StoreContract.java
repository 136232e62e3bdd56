package org.onecsync.jdbi;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.onecsync.store.ImportTransaction;
import org.onecsync.store.SessionResult;
import org.onecsync.store.SessionStart;
import org.onecsync.store.SessionStatus;

/** What every contract needs from the database under test. */
interface StoreContract {

    Instant STARTED = Instant.parse("2026-11-22T10:15:30Z");
    /** A time with microseconds, as both databases keep it. */
    Instant NOW = Instant.parse("2026-11-22T10:16:00.123456Z");

    /** The store under test, prepared, on a database of this test alone. */
    JdbiCatalogStore store();

    /** Another store on the same database, as a second process would open it. */
    JdbiCatalogStore openStore();

    /** A store on another database URL, closed after the test. */
    JdbiCatalogStore openStore(String url);

    /** The URL of the test's main database. */
    String url();

    /** A URL of another new database of this test: nothing exists there yet (no SQLite file, no tables). */
    String freshDatabaseUrl() throws Exception;

    /** Fails unless nothing at all exists at a URL from {@link #freshDatabaseUrl()}. */
    void assertNothingCreated(String url) throws Exception;

    /** The rows of a query, each value as text ({@code null} for NULL). */
    List<List<String>> sqlRows(String url, String sql) throws Exception;

    /** Runs statements on a database of this test. */
    void sqlExecute(String url, String... sql) throws Exception;

    /** Makes a URL from {@link #freshDatabaseUrl()} usable by plain JDBC (SQLite: creates its folder). */
    void makeReachable(String url) throws Exception;

    /** The dialect's Flyway location. */
    String migrations();

    /** Whether the database under test is PostgreSQL. */
    boolean postgres();

    /** Runs a query that returns one number, on the main database. */
    default long sqlLong(String sql) throws Exception {
        return Long.parseLong(sqlRows(url(), sql).get(0).get(0));
    }

    /** A session opened as the engine does before it begins an import. */
    default long openSession() {
        return store().sessions().open(new SessionStart("all", "test", false, STARTED));
    }

    /** Begins a transaction in a newly opened session. */
    default ImportTransaction begin() {
        return store().begin(openSession(), NOW);
    }

    default SessionResult succeeded() {
        return new SessionResult(SessionStatus.SUCCEEDED, STARTED.plusSeconds(1), Map.of(), List.of(), 0, null);
    }
}
