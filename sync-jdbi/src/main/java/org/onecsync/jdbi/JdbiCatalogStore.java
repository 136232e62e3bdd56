package org.onecsync.jdbi;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.onecsync.jdbi.internal.Backend;
import org.onecsync.jdbi.internal.JdbiTransaction;
import org.onecsync.jdbi.internal.Schema;
import org.onecsync.jdbi.internal.SessionLog;
import org.onecsync.jdbi.internal.StoreReads;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.ImportLock;
import org.onecsync.store.ImportLockedException;
import org.onecsync.store.PriceChange;
import org.onecsync.store.SessionRecord;
import org.onecsync.store.SessionResult;
import org.onecsync.store.SessionStart;
import org.onecsync.store.StoreTransaction;
import org.onecsync.store.StoredRecord;

/**
 * A {@link CatalogStore} in PostgreSQL or SQLite. All its tables start with {@code onecsync_}, so it can
 * share a database (and, on PostgreSQL, a schema) with the shop's own tables; {@link #prepare()} creates
 * them with Flyway, whose history lives in {@code onecsync_schema_history}.
 *
 * <p>An import stages its records in a temporary table (through COPY on PostgreSQL) and applies them with
 * a few set-based statements, so memory stays flat and a re-import of unchanged data writes no row. The
 * import lock is a PostgreSQL advisory lock, or an OS lock on {@code <database file>.lock} for SQLite; both
 * are released when the process dies.
 *
 * <p>Creating a store connects to nothing; the first call that needs the database does. Failures of the
 * database surface as {@link org.onecsync.store.StoreException}, whose message never shows a password.
 */
public final class JdbiCatalogStore implements CatalogStore {

    private final Backend backend;
    private final Schema schema;
    private final SessionLog sessions;
    private final StoreReads reads;

    private JdbiCatalogStore(Backend backend) {
        this.backend = backend;
        this.schema = new Schema(backend);
        this.sessions = new SessionLog(backend);
        this.reads = new StoreReads(backend);
    }

    /**
     * A store on a JDBC URL. For SQLite the file's folder is created when missing; {@code jdbc:sqlite::memory:}
     * gives a database that lives as long as the store.
     *
     * @param jdbcUrl {@code jdbc:postgresql:…} or {@code jdbc:sqlite:…}
     * @return the store, not connected yet
     * @throws org.onecsync.store.StoreException when the URL names another database
     */
    public static JdbiCatalogStore open(String jdbcUrl) {
        return new JdbiCatalogStore(Backend.forUrl(Objects.requireNonNull(jdbcUrl, "jdbcUrl")));
    }

    /**
     * A store on a data source the application owns (and closes). Whether it is PostgreSQL or SQLite is
     * read from the first connection.
     *
     * @param dataSource a PostgreSQL or SQLite data source
     * @return the store, not connected yet
     */
    public static JdbiCatalogStore of(DataSource dataSource) {
        return new JdbiCatalogStore(Backend.forDataSource(Objects.requireNonNull(dataSource, "dataSource")));
    }

    @Override
    public void prepare() {
        schema.prepare();
    }

    @Override
    public ImportLock lock() {
        ImportLock lock = backend.tryLock();
        if (lock == null) {
            throw new ImportLockedException(sessions.lockedMessage());
        }
        return lock;
    }

    @Override
    public long openSession(SessionStart start) {
        return sessions.open(start);
    }

    @Override
    public void closeSession(long sessionId, SessionResult result) {
        sessions.close(sessionId, result);
    }

    @Override
    public int failAbandonedSessions() {
        return sessions.failAbandoned();
    }

    @Override
    public List<SessionRecord> recentSessions(int limit) {
        return sessions.recent(limit);
    }

    @Override
    public boolean hasCatalog() {
        return reads.hasCatalog();
    }

    @Override
    public StoreTransaction begin(long sessionId) {
        return JdbiTransaction.begin(backend, sessionId);
    }

    @Override
    public void dump(Consumer<StoredRecord> sink) {
        reads.dump(sink);
    }

    @Override
    public void priceHistory(Consumer<PriceChange> sink) {
        reads.priceHistory(sink);
    }

    @Override
    public void close() {
        backend.close();
    }
}
