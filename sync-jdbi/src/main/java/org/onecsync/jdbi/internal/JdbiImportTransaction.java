package org.onecsync.jdbi.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityType;
import org.onecsync.model.RecordKey;
import org.onecsync.order.OrderSink;
import org.onecsync.store.Change;
import org.onecsync.store.Deferred;
import org.onecsync.store.ImportTransaction;
import org.onecsync.store.PriceChange;
import org.onecsync.store.SessionResult;
import org.onecsync.store.SkuOwner;
import org.onecsync.store.StoreException;
import org.onecsync.store.StoredKey;
import org.onecsync.store.StoredState;
import org.onecsync.store.WriteRow;

/**
 * One import's transaction: one handle whose transaction stays open from {@link #begin} to {@link #commit} or
 * {@link #close()}. Every batch operation is one statement (one exchange with the database): lookups join the
 * batch's keys (PostgreSQL: arrays through {@code unnest}; SQLite: a JSON array through {@code json_each}) to
 * the primary key; inserts are a COPY into the table (PostgreSQL) or a reused prepared batch (SQLite); updates
 * join the new values as arrays (PostgreSQL) or run a reused prepared batch (SQLite).
 *
 * <p>The work is done by its collaborators ({@link StoredLookups}, {@link RowWriter}, {@link KeyPages},
 * {@link FeedWriter}, {@link DeferredRecords}); this class owns the handle, the prepared statements they share
 * and the transaction's lifecycle.
 *
 * <p>Not safe for use by several threads at once, like the engine that drives it.
 */
final class JdbiImportTransaction implements ImportTransaction {

    private final Backend backend;
    private final Dialect dialect;
    private final Handle handle;
    private final Connection connection;
    private final long sessionId;
    private final RowAppender appender;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Set<String> writtenTables = new HashSet<>();
    private final StoredLookups lookups;
    private final RowWriter writer;
    private final KeyPages pages;
    private final FeedWriter feed;
    private final DeferredRecords deferred;
    private final Instant now;
    private long written;
    private boolean committed;
    private boolean closed;

    private JdbiImportTransaction(Backend backend, Handle handle, long sessionId, Instant now) {
        this.backend = backend;
        this.dialect = backend.dialect();
        this.handle = handle;
        this.now = now;
        this.connection = handle.getConnection();
        this.sessionId = sessionId;
        this.appender = new RowAppender(connection, dialect);
        KeySql keySql = new KeySql(dialect, connection);
        FreshTables fresh = new FreshTables(this);
        this.lookups = new StoredLookups(this, dialect, connection, keySql, fresh);
        this.writer = new RowWriter(this, dialect, connection, appender, keySql, fresh, sessionId, now);
        this.pages = new KeyPages(this, dialect, connection);
        this.feed = new FeedWriter(this, appender, sessionId, now);
        this.deferred = new DeferredRecords(this, dialect, connection, appender);
    }

    /**
     * @param backend the store's database, its schema current
     * @param sessionId the import's session
     * @param now the time recorded on every row the import writes
     * @return the open transaction
     */
    public static JdbiImportTransaction begin(Backend backend, long sessionId, Instant now) {
        Handle handle = backend.open();
        try {
            backend.dialect().beforeImportBegins(handle.getConnection());
            handle.begin();
            try (Statement statement = handle.getConnection().createStatement()) {
                backend.dialect().tuneImport(statement);
            }
            return new JdbiImportTransaction(backend, handle, sessionId, now);
        } catch (RuntimeException | SQLException e) {
            end(handle);
            throw backend.failure("cannot start the import's transaction", e);
        }
    }

    /** See {@link StoredLookups#lookup}. */
    @Override
    public Map<RecordKey, StoredState> lookup(EntityType type, Collection<? extends RecordKey> keys) {
        return lookups.lookup(type, keys);
    }

    @Override
    public void scanStored(EntityType type, BiConsumer<RecordKey, StoredState> sink) {
        lookups.scanStored(type, sink);
    }

    @Override
    public long estimateRows(EntityType type) {
        return lookups.estimateRows(type);
    }

    @Override
    public Map<String, List<SkuOwner>> productsBySku(Collection<String> skus) {
        return lookups.productsBySku(skus);
    }

    @Override
    public Map<RecordKey, CatalogRecord> records(EntityType type, Collection<? extends RecordKey> keys) {
        return lookups.records(type, keys);
    }

    @Override
    public void insert(EntityType type, List<WriteRow> rows) {
        writer.insert(type, rows);
    }

    @Override
    public void update(EntityType type, List<WriteRow> rows) {
        writer.update(type, rows);
    }

    @Override
    public void deactivate(EntityType type, List<? extends RecordKey> keys) {
        writer.deactivate(type, keys);
    }

    @Override
    public void delete(EntityType type, List<? extends RecordKey> keys) {
        writer.delete(type, keys);
    }

    /** See {@link KeyPages#keysAfter}. */
    @Override
    public List<StoredKey> keysAfter(EntityType type, RecordKey after, int limit) {
        return pages.keysAfter(type, after, limit);
    }

    /** See {@link FeedWriter#appendChanges}. */
    @Override
    public void appendChanges(List<Change> changes) {
        feed.appendChanges(changes);
    }

    @Override
    public long lastSeq() {
        return feed.lastSeq();
    }

    /** See {@link FeedWriter#appendPriceHistory}. */
    @Override
    public void appendPriceHistory(List<PriceChange> changes) {
        feed.appendPriceHistory(changes);
    }

    @Override
    public void defer(List<Deferred> records) {
        deferred.defer(records);
    }

    @Override
    public void drainDeferred(EntityType type, int batchSize, Consumer<List<Deferred>> sink) {
        deferred.drainDeferred(type, batchSize, sink);
    }

    /** The book's statuses, written on this transaction's handle: they commit with the import and its session. */
    @Override
    public Optional<OrderSink> orderSink() {
        return Optional.of(update -> call("cannot apply the status of order " + update.orderNumber(),
                () -> OrderStatusRows.apply(handle, dialect, update, now, sessionId)));
    }

    @Override
    public void commit(SessionResult result) {
        if (committed || closed) {
            throw new IllegalStateException("the import's transaction has already ended");
        }
        feed.flushChanges();
        run("cannot commit the import", () -> {
            pages.close();
            JdbiSessionLog.writeEnd(handle, dialect, sessionId, result);
            deferred.dropAtCommit();
            if (dialect == Dialect.POSTGRESQL && written >= Dialect.MANY_ROWS) {
                // A table that just grew from nothing still has the statistics of an empty one until autovacuum
                // comes by; the views and the next import would plan their joins for a handful of rows. A small
                // sample tells sizes and distinct counts well enough (keys are unique) at a tenth of the reads;
                // autovacuum's own ANALYZE refines it later.
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET LOCAL default_statistics_target = 10");
                    for (String table : writtenTables) {
                        statement.execute("ANALYZE " + table);
                    }
                    statement.execute("SET LOCAL default_statistics_target TO DEFAULT");
                }
            }
            handle.commit();
        });
        committed = true;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        pages.close();
        appender.close();
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // The connection is closed below; that releases the statement too.
            }
        }
        statements.clear();
        try {
            if (!committed) {
                handle.rollback();
            }
        } catch (RuntimeException e) {
            throw backend.failure("cannot roll the import back", e);
        } finally {
            end(handle);
        }
    }

    // --- plumbing -------------------------------------------------------------------------------------------

    PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    void wrote(String table, long rows) {
        written += rows;
        writtenTables.add(table);
    }

    private void open() {
        if (committed || closed) {
            throw new IllegalStateException("the import's transaction has already ended");
        }
    }

    /** Runs SQL work, wrapping database failures; the sink's own exceptions pass as they are. */
    <T> T call(String what, SqlCall<T> work) {
        open();
        try {
            return work.run();
        } catch (StoreException e) {
            throw e;
        } catch (JdbiException | SQLException e) {
            throw backend.failure(what, e);
        }
    }

    void run(String what, SqlWork work) {
        call(what, () -> {
            work.run();
            return null;
        });
    }

    @FunctionalInterface
    interface SqlCall<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    interface SqlWork {
        void run() throws SQLException;
    }

    /** Closes the handle even when its connection is gone; its transaction is over either way. */
    private static void end(Handle handle) {
        try {
            if (handle.isInTransaction()) {
                handle.rollback();
            }
        } catch (RuntimeException ignored) {
            // The connection failed; closing it below is all that is left to do.
        } finally {
            try {
                handle.close();
            } catch (RuntimeException ignored) {
                // Same: nothing more can be released.
            }
        }
    }
}
