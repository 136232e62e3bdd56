package org.onecsync.jdbi;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.onecsync.catalog.CatalogReader;
import org.onecsync.jdbi.internal.JdbiStore;
import org.onecsync.store.ApiAnswerLog;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.ChangeFeed;
import org.onecsync.store.ExchangeStateStore;
import org.onecsync.store.ImportLock;
import org.onecsync.store.ImportTransaction;
import org.onecsync.store.OrderBook;
import org.onecsync.store.PriceChange;
import org.onecsync.store.SessionLog;
import org.onecsync.store.StoredRecord;

/**
 * A {@link CatalogStore} in PostgreSQL or SQLite: typed tables, the documented {@code onecsync_*_v} views, the
 * session log, the change feed and price history. All its tables start with {@code onecsync_}, so it can share
 * a database (and, on PostgreSQL, a schema) with the shop's own tables; {@link #prepare()} creates or upgrades
 * them with Flyway, whose history lives in {@code onecsync_schema_history}.
 *
 * <p>Creating a store connects to nothing; the first call that needs the database does. Reading never creates
 * a database, a table or a migration. Failures surface as {@link org.onecsync.store.StoreException}, whose
 * message never shows a password; one that cannot reach the database names it ({@code cannot connect to
 * PostgreSQL at HOST:PORT: …}, {@code cannot open the SQLite database FILE: …}). Flyway, which creates and
 * upgrades the tables, logs through SLF4J.
 */
public final class JdbiCatalogStore implements CatalogStore {

    private final JdbiStore store;

    private JdbiCatalogStore(JdbiStore store) {
        this.store = store;
    }

    /**
     * A store on a database URL. {@code jdbc:sqlite::memory:} gives a database that lives as long as the store.
     *
     * @param url {@code jdbc:postgresql:…}, {@code jdbc:sqlite:…}, or {@code postgres://USER:PASSWORD@HOST:PORT/DB}
     *     (also {@code postgresql://}, the {@code DATABASE_URL} form), whose user and password are URL-decoded
     * @return the store, not connected yet
     * @throws IllegalArgumentException when the URL names another database (the message shows no password)
     * @throws org.onecsync.store.StoreException when the driver for its database ({@code org.postgresql:postgresql}
     *     or {@code org.xerial:sqlite-jdbc}, optional dependencies the application adds) is not on the class path
     */
    public static JdbiCatalogStore open(String url) {
        return open(url, null);
    }

    /**
     * A store on a database URL, with the password kept out of it (from a secret store or an environment
     * variable, say), so that it is not in the process list, the shell history or a crontab.
     *
     * @param url as for {@link #open(String)}
     * @param password the PostgreSQL user's password, used when the URL carries none; {@code null} for none.
     *     SQLite has no passwords and ignores it. Never shown in a message.
     * @return the store, not connected yet
     * @throws IllegalArgumentException when the URL names another database (the message shows no password)
     * @throws org.onecsync.store.StoreException when the driver for its database is not on the class path
     */
    public static JdbiCatalogStore open(String url, String password) {
        return new JdbiCatalogStore(JdbiStore.forUrl(url, password));
    }

    /**
     * A store on a data source the application owns (and closes). Whether it is PostgreSQL or SQLite is
     * read from the first connection.
     *
     * @param dataSource a PostgreSQL or SQLite data source
     * @return the store, not connected yet
     */
    public static JdbiCatalogStore of(DataSource dataSource) {
        return new JdbiCatalogStore(JdbiStore.forDataSource(dataSource));
    }

    @Override
    public ImportLock lock() {
        return store.lock();
    }

    @Override
    public void prepare() {
        store.prepare();
    }

    @Override
    public SessionLog sessions() {
        return store.sessions();
    }

    /**
     * {@inheritDoc}
     *
     * <p>Kept in {@code onecsync_api_answer}. The first claim on a database without it creates or upgrades the
     * store's tables, as an import does, under the import lock.
     */
    @Override
    public ApiAnswerLog apiAnswers() {
        return store.apiAnswers();
    }

    @Override
    public CatalogReader reader() {
        return store.reader();
    }

    @Override
    public ChangeFeed changes() {
        return store.changes();
    }

    @Override
    public ImportTransaction begin(long sessionId, Instant now) {
        return store.begin(sessionId, now);
    }

    @Override
    public void dump(Consumer<StoredRecord> sink) {
        store.dump(sink);
    }

    @Override
    public void priceHistory(Consumer<PriceChange> sink) {
        store.priceHistory(sink);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Kept in PostgreSQL (the {@code onecsync_exchange*} tables), so that several servers on one database answer
     * an exchange in turn; empty for SQLite, whose single writer an import holds for its whole transaction. Asking
     * connects to the database, to learn which it is.
     */
    @Override
    public Optional<ExchangeStateStore> exchangeState() {
        return store.exchangeState();
    }

    /**
     * {@inheritDoc}
     *
     * <p>Kept in the {@code onecsync_order*} tables; the first write on a database without them creates or upgrades the
     * store's tables, as an import does, under the import lock.
     */
    @Override
    public Optional<OrderBook> orders() {
        return store.orders();
    }

    @Override
    public void close() {
        store.close();
    }
}
