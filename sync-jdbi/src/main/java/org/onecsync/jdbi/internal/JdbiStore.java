package org.onecsync.jdbi.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.onecsync.catalog.CatalogReader;
import org.onecsync.store.ApiAnswerLog;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.ChangeFeed;
import org.onecsync.store.ExchangeStateStore;
import org.onecsync.store.ImportLock;
import org.onecsync.store.ImportLockedException;
import org.onecsync.store.ImportTransaction;
import org.onecsync.store.OrderBook;
import org.onecsync.store.PriceChange;
import org.onecsync.store.SessionLog;
import org.onecsync.store.StoredRecord;

/**
 * The Jdbi store behind {@link org.onecsync.jdbi.JdbiCatalogStore}, the one type of this package that the
 * public one needs: everything else here stays package-private.
 */
public final class JdbiStore implements CatalogStore {

    private final Backend backend;
    private final Schema schema;
    private final JdbiSessionLog sessions;
    private final JdbiCatalogReader reader;
    private final JdbiChangeFeed changes;
    private final StoreReads reads;
    private final JdbiApiAnswerLog apiAnswers;
    private final JdbiExchangeState exchangeState;
    private final JdbiOrderBook orders;

    private JdbiStore(Backend backend) {
        this.backend = backend;
        this.schema = new Schema(backend);
        this.sessions = new JdbiSessionLog(backend, schema);
        this.reader = new JdbiCatalogReader(backend, schema);
        this.changes = new JdbiChangeFeed(backend, schema);
        this.reads = new StoreReads(backend, schema);
        this.apiAnswers = new JdbiApiAnswerLog(backend, schema, this::lock);
        this.exchangeState = new JdbiExchangeState(backend, schema);
        this.orders = new JdbiOrderBook(backend, schema, this::lock);
    }

    /**
     * @param url a database URL, as {@code JdbiCatalogStore.open} documents it
     * @param password the password when the URL carries none, or {@code null}
     * @return the store, not connected yet
     */
    public static JdbiStore forUrl(String url, String password) {
        return new JdbiStore(Backend.forUrl(Objects.requireNonNull(url, "url"), password));
    }

    /**
     * @param dataSource a PostgreSQL or SQLite data source
     * @return the store, not connected yet
     */
    public static JdbiStore forDataSource(DataSource dataSource) {
        return new JdbiStore(Backend.forDataSource(Objects.requireNonNull(dataSource, "dataSource")));
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
    public void prepare() {
        schema.prepare();
    }

    @Override
    public SessionLog sessions() {
        return sessions;
    }

    @Override
    public ApiAnswerLog apiAnswers() {
        return apiAnswers;
    }

    @Override
    public CatalogReader reader() {
        return reader;
    }

    @Override
    public ChangeFeed changes() {
        return changes;
    }

    @Override
    public ImportTransaction begin(long sessionId, Instant now) {
        schema.verifyCurrent();
        return JdbiImportTransaction.begin(backend, sessionId, now);
    }

    @Override
    public void dump(Consumer<StoredRecord> sink) {
        reads.dump(sink);
    }

    @Override
    public void priceHistory(Consumer<PriceChange> sink) {
        reads.priceHistory(sink);
    }

    /** Kept on PostgreSQL only: SQLite's one writer is held by an import throughout, so progress and logs would wait. */
    @Override
    public Optional<ExchangeStateStore> exchangeState() {
        return backend.dialect() == Dialect.POSTGRESQL ? Optional.of(exchangeState) : Optional.empty();
    }

    @Override
    public Optional<OrderBook> orders() {
        return Optional.of(orders);
    }

    @Override
    public void close() {
        backend.close();
    }
}
