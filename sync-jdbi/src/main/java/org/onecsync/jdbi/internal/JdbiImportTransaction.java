package org.onecsync.jdbi.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.onecsync.codec.RecordCodec;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityId;
import org.onecsync.model.EntityType;
import org.onecsync.model.OfferKey;
import org.onecsync.model.Price;
import org.onecsync.model.PriceKey;
import org.onecsync.model.RecordKey;
import org.onecsync.model.Stock;
import org.onecsync.model.StockKey;
import org.onecsync.store.Change;
import org.onecsync.store.Deferred;
import org.onecsync.store.ImportTransaction;
import org.onecsync.store.PriceChange;
import org.onecsync.store.SessionResult;
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
 * <p>Not safe for use by several threads at once, like the engine that drives it.
 */
public final class JdbiImportTransaction implements ImportTransaction {

    private static final String DEFERRED = "onecsync_deferred";
    private static final int CHANGE_FLUSH = 10_000;
    private static final String CHANGE_COLUMNS =
            "seq, session_id, entity, record_id, variant_id, price_type_id, warehouse_id, kind, previous, changed_at";
    private static final String HISTORY_COLUMNS =
            "product_id, variant_id, price_type_id, old_amount, new_amount, session_id, changed_at";

    private final Backend backend;
    private final Dialect dialect;
    private final Handle handle;
    private final Connection connection;
    private final long sessionId;
    private final Instant now;
    private final RowAppender appender;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Map<EntityType, KeyCursor> cursors = new EnumMap<>(EntityType.class);
    private final Set<String> writtenTables = new HashSet<>();
    private final List<Change> pendingChanges = new ArrayList<>();
    /** Per entity: whether its table was empty when this import first touched it (so every row is its own). */
    private final Map<EntityType, Boolean> fresh = new EnumMap<>(EntityType.class);
    private final KeyFilter inserted = new KeyFilter();
    private long written;
    private boolean deferredTable;
    private long deferredSeq;
    private boolean committed;
    private boolean closed;

    private JdbiImportTransaction(Backend backend, Handle handle, long sessionId, Instant now) {
        this.backend = backend;
        this.dialect = backend.dialect();
        this.handle = handle;
        this.connection = handle.getConnection();
        this.sessionId = sessionId;
        this.now = now;
        this.appender = new RowAppender(connection, dialect);
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

    /**
     * One statement per batch, joining the keys to the primary key. When the batch holds at least two keys per
     * offer (prices and stock as an offer lists them; offers of one product), it joins the offers (products)
     * instead and keeps the rows asked for: fewer, contiguous index probes. Tables that were empty when the
     * import began are not asked for keys it never inserted ({@link KeyFilter}).
     */
    @Override
    public Map<RecordKey, StoredState> lookup(EntityType type, Collection<? extends RecordKey> keys) {
        Columns.Layout layout = Columns.of(type);
        if (keys.isEmpty()) {
            return Map.of();
        }
        return call("cannot look up stored " + type.jsonName(), () -> {
            List<RecordKey> wanted = candidates(type, layout, keys);
            if (wanted.isEmpty()) {
                return Map.of();
            }
            int width = layout.keys().size();
            boolean narrow = type == EntityType.PRICE || type == EntityType.STOCK;
            List<String[]> prefixes = width > 1 ? prefixes(type, wanted, width - 1) : null;
            boolean byPrefix = prefixes != null && wanted.size() >= 2 * prefixes.size();
            int matched = byPrefix ? width - 1 : width;
            String values = narrow ? valueColumns(layout) + ", x.active" : "x.active, x.content_hash";
            String sql = "SELECT " + keyColumns(layout, "x") + ", " + values + " FROM " + keySource(matched)
                    + " JOIN " + layout.table() + " x ON " + keyMatch(layout, matched);
            PreparedStatement statement = prepared(sql);
            bindTuples(statement, 1, matched, byPrefix ? prefixes : keyTuples(type, wanted));
            Set<RecordKey> asked = byPrefix ? new HashSet<>(wanted) : null;
            Map<RecordKey, StoredState> found = new HashMap<>(wanted.size() * 2);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    RecordKey key = key(type, rs);
                    if (asked == null || asked.contains(key)) {
                        found.put(key, state(type, width, key, rs));
                    }
                }
            }
            return found;
        });
    }

    @Override
    public void scanStored(EntityType type, BiConsumer<RecordKey, StoredState> sink) {
        Columns.Layout layout = Columns.of(type);
        run("cannot read stored " + type.jsonName(), () -> {
            boolean narrow = type == EntityType.PRICE || type == EntityType.STOCK;
            String values = narrow ? valueColumns(layout) + ", x.active" : "x.active, x.content_hash";
            int width = layout.keys().size();
            // A statement of its own with a fetch size: PostgreSQL then streams through a cursor.
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + keyColumns(layout, "x")
                    + ", " + values + " FROM " + layout.table() + " x")) {
                statement.setFetchSize(5000);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        RecordKey key = key(type, rs);
                        sink.accept(key, state(type, width, key, rs));
                    }
                }
            }
        });
    }

    @Override
    public long estimateRows(EntityType type) {
        Columns.Layout layout = Columns.of(type);
        return call("cannot count stored " + type.jsonName(), () -> {
            // PostgreSQL's statistics answer at once; SQLite counts its b-tree, which is fast enough.
            // A table never analyzed has no estimate (-1): then it is counted, which a small table allows.
            String sql = dialect == Dialect.POSTGRESQL
                    ? "SELECT CASE WHEN c.reltuples >= 1000 THEN c.reltuples::bigint ELSE (SELECT count(*) FROM "
                    + layout.table() + ") END FROM pg_class c WHERE c.oid = to_regclass('" + layout.table() + "')"
                    : "SELECT count(*) FROM " + layout.table();
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** The stored state of the current row, whose first columns are its key. */
    private static StoredState state(EntityType type, int width, RecordKey key, ResultSet rs) throws SQLException {
        if (type == EntityType.PRICE) {
            PriceKey price = (PriceKey) key;
            return new StoredState(rs.getBoolean(8), 0, new Price(price.offer(), price.priceTypeId(),
                    decimal(rs, 4), rs.getString(5), rs.getString(6), decimal(rs, 7)));
        }
        if (type == EntityType.STOCK) {
            StockKey stock = (StockKey) key;
            return new StoredState(rs.getBoolean(5), 0, new Stock(stock.offer(), stock.warehouseId(),
                    decimal(rs, 4)));
        }
        return new StoredState(rs.getBoolean(width + 1), rs.getLong(width + 2), null);
    }

    @Override
    public Map<RecordKey, CatalogRecord> records(EntityType type, Collection<? extends RecordKey> keys) {
        Columns.Layout layout = Columns.of(type);
        if (keys.isEmpty()) {
            return Map.of();
        }
        return call("cannot read stored " + type.jsonName(), () -> {
            List<RecordKey> wanted = candidates(type, layout, keys);
            if (wanted.isEmpty()) {
                return Map.of();
            }
            int width = layout.keys().size();
            String sql = "SELECT " + RecordRows.recordColumns(type) + " FROM " + keySource(width) + " JOIN "
                    + layout.table() + " x ON " + keyMatch(layout, width);
            PreparedStatement statement = prepared(sql);
            bindTuples(statement, 1, width, keyTuples(type, wanted));
            Map<RecordKey, CatalogRecord> found = new HashMap<>(wanted.size() * 2);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    CatalogRecord record = RecordRows.record(type, rs);
                    found.put(record.recordKey(), record);
                }
            }
            return found;
        });
    }

    @Override
    public void insert(EntityType type, List<WriteRow> rows) {
        Columns.Layout layout = Columns.of(type);
        if (rows.isEmpty()) {
            return;
        }
        run("cannot insert " + type.jsonName(), () -> {
            if (fresh(type, layout)) {
                for (WriteRow row : rows) {
                    inserted.add(type, row.record().recordKey());
                }
            }
            appender.append(layout, rows.size(), (i, sink) -> {
                WriteRow row = rows.get(i);
                layout.write(row.record(), row.active(), row.hash(), sessionId, now, sink);
            });
        });
        wrote(layout.table(), rows.size());
    }

    @Override
    public void update(EntityType type, List<WriteRow> rows) {
        Columns.Layout layout = Columns.of(type);
        if (rows.isEmpty()) {
            return;
        }
        run("cannot update " + type.jsonName(), () -> {
            fresh(type, layout);
            if (dialect == Dialect.POSTGRESQL) {
                updateFromArrays(layout, rows);
            } else {
                updateInBatch(layout, rows);
            }
        });
        wrote(layout.table(), rows.size());
    }

    @Override
    public void deactivate(EntityType type, List<? extends RecordKey> keys) {
        Columns.Layout layout = Columns.of(type);
        if (keys.isEmpty()) {
            return;
        }
        String sql = "UPDATE " + layout.table() + " AS x SET active = FALSE, session_id = ?, updated_at = ? WHERE "
                + keyIn(layout, 3);
        run("cannot deactivate " + type.jsonName(), () -> {
            fresh(type, layout);
            PreparedStatement statement = prepared(sql);
            statement.setLong(1, sessionId);
            statement.setObject(2, dialect.time(now));
            bindKeys(statement, 3, type, layout, keys);
            statement.executeUpdate();
        });
        wrote(layout.table(), keys.size());
    }

    @Override
    public void delete(EntityType type, List<? extends RecordKey> keys) {
        Columns.Layout layout = Columns.of(type);
        if (keys.isEmpty()) {
            return;
        }
        String sql = "DELETE FROM " + layout.table() + " AS x WHERE " + keyIn(layout, 1);
        run("cannot delete " + type.jsonName(), () -> {
            fresh(type, layout);
            PreparedStatement statement = prepared(sql);
            bindKeys(statement, 1, type, layout, keys);
            statement.executeUpdate();
        });
        wrote(layout.table(), keys.size());
    }

    /**
     * Pages through the keys in key text order. Entities keyed by one id read a keyset page from the primary
     * key each time. Offers, prices and stock are ordered by their key text, which no index holds: the first
     * call sorts once and keeps the result open, and each following call that continues after the last key
     * returned reads on from it (a call after any other key starts afresh from that key). The open result
     * sees the rows as they were when it started, which is what the missing policy needs: it only changes
     * rows the pages already passed.
     */
    @Override
    public List<StoredKey> keysAfter(EntityType type, RecordKey after, int limit) {
        Columns.Layout layout = Columns.of(type);
        if (limit <= 0) {
            return List.of();
        }
        return call("cannot read the stored keys of " + type.jsonName(), () -> {
            if (layout.keys().size() == 1) {
                return idPage(layout, type, after, limit);
            }
            KeyCursor cursor = cursors.get(type);
            if (cursor == null || after == null || !after.equals(cursor.last)) {
                if (cursor != null) {
                    cursor.close();
                    cursors.remove(type);
                }
                cursor = openCursor(layout, type, after);
                cursors.put(type, cursor);
            }
            List<StoredKey> page = new ArrayList<>(Math.min(limit, 4096));
            while (page.size() < limit && cursor.rows.next()) {
                page.add(new StoredKey(key(type, cursor.rows), cursor.rows.getBoolean("active")));
            }
            if (page.size() < limit) {
                cursor.close();
                cursors.remove(type);
            } else {
                cursor.last = page.get(page.size() - 1).key();
            }
            return page;
        });
    }

    /**
     * Collects entries and writes them in COPYs of {@value #CHANGE_FLUSH} rows (a first import writes one per row):
     * fewer, larger statements. What is collected is written before {@link #commit} and read by {@link #lastSeq}.
     */
    @Override
    public void appendChanges(List<Change> changes) {
        pendingChanges.addAll(changes);
        if (pendingChanges.size() >= CHANGE_FLUSH) {
            flushChanges();
        }
    }

    private void flushChanges() {
        if (pendingChanges.isEmpty()) {
            return;
        }
        List<Change> changes = new ArrayList<>(pendingChanges);
        pendingChanges.clear();
        run("cannot write the change feed", () -> appender.append("onecsync_change", CHANGE_COLUMNS, 10,
                changes.size(), (i, sink) -> {
                    Change change = changes.get(i);
                    sink.int64(change.seq());
                    sink.int64(change.session());
                    sink.text(change.entity().jsonName());
                    RecordKey key = change.key();
                    if (key instanceof EntityId id) {
                        sink.text(id.value());
                        sink.text(null);
                        sink.text(null);
                        sink.text(null);
                    } else if (key instanceof OfferKey offer) {
                        offer(offer, sink);
                        sink.text(null);
                        sink.text(null);
                    } else if (key instanceof PriceKey price) {
                        offer(price.offer(), sink);
                        sink.text(price.priceTypeId());
                        sink.text(null);
                    } else if (key instanceof StockKey stock) {
                        offer(stock.offer(), sink);
                        sink.text(null);
                        sink.text(stock.warehouseId() == null ? "" : stock.warehouseId());
                    }
                    sink.text(change.kind().name().toLowerCase(Locale.ROOT));
                    sink.json(change.previous() == null ? null : RecordCodec.json(change.previous()));
                    sink.time(now);
                }));
        wrote("onecsync_change", changes.size());
    }

    @Override
    public long lastSeq() {
        if (!pendingChanges.isEmpty()) {
            return pendingChanges.get(pendingChanges.size() - 1).seq();
        }
        return call("cannot read the change feed", () -> {
            try (ResultSet rs = prepared("SELECT COALESCE(MAX(seq), 0) FROM onecsync_change").executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Writes the rows with this import's session and time (the engine's {@code sessionId}, {@code changedAt} aside). */
    @Override
    public void appendPriceHistory(List<PriceChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        run("cannot write the price history", () -> appender.append("onecsync_price_history", HISTORY_COLUMNS, 7,
                changes.size(), (i, sink) -> {
                    PriceChange change = changes.get(i);
                    offer(change.key().offer(), sink);
                    sink.text(change.key().priceTypeId());
                    sink.decimal(change.oldAmount());
                    sink.decimal(change.newAmount());
                    sink.int64(sessionId);
                    sink.time(now);
                }));
        wrote("onecsync_price_history", changes.size());
    }

    @Override
    public void defer(List<Deferred> records) {
        if (records.isEmpty()) {
            return;
        }
        long first = deferredSeq + 1;
        run("cannot park records", () -> {
            if (!deferredTable) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(dialect == Dialect.POSTGRESQL
                            ? "CREATE TEMP TABLE " + DEFERRED + " (seq bigint PRIMARY KEY, entity text NOT NULL,"
                              + " file text, line bigint NOT NULL, record text NOT NULL) ON COMMIT DROP"
                            : "CREATE TEMP TABLE " + DEFERRED + " (seq INTEGER PRIMARY KEY, entity TEXT NOT NULL,"
                              + " file TEXT, line INTEGER NOT NULL, record TEXT NOT NULL)");
                    statement.execute("CREATE INDEX " + DEFERRED + "_entity ON " + DEFERRED + " (entity, seq)");
                }
                deferredTable = true;
            }
            appender.append(DEFERRED, "seq, entity, file, line, record", 5, records.size(), (i, sink) -> {
                Deferred deferred = records.get(i);
                sink.int64(first + i);
                sink.text(deferred.record().type().jsonName());
                sink.text(deferred.file());
                sink.int64(deferred.line());
                sink.json(RecordCodec.json(deferred.record()));
            });
        });
        deferredSeq += records.size();
    }

    @Override
    public void drainDeferred(EntityType type, int batchSize, Consumer<List<Deferred>> sink) {
        if (!deferredTable) {
            return;
        }
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        // Records parked while draining (the sink may park again) wait for the next drain.
        long last = deferredSeq;
        long after = 0;
        String what = "cannot read parked " + type.jsonName();
        while (true) {
            long from = after;
            List<Deferred> batch = new ArrayList<>();
            long[] lastSeen = {from};
            run(what, () -> {
                PreparedStatement statement = prepared("SELECT seq, file, line, record FROM " + DEFERRED
                        + " WHERE entity = ? AND seq > ? AND seq <= ? ORDER BY seq LIMIT ?");
                statement.setString(1, type.jsonName());
                statement.setLong(2, from);
                statement.setLong(3, last);
                statement.setInt(4, batchSize);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        lastSeen[0] = rs.getLong("seq");
                        batch.add(new Deferred(RecordCodec.fromJson(type, rs.getString("record")),
                                rs.getString("file"), rs.getLong("line")));
                    }
                }
            });
            if (batch.isEmpty()) {
                break;
            }
            after = lastSeen[0];
            sink.accept(batch);
            if (batch.size() < batchSize) {
                break;
            }
        }
        run(what, () -> {
            PreparedStatement statement = prepared("DELETE FROM " + DEFERRED + " WHERE entity = ? AND seq <= ?");
            statement.setString(1, type.jsonName());
            statement.setLong(2, last);
            statement.executeUpdate();
        });
    }

    @Override
    public void commit(SessionResult result) {
        if (committed || closed) {
            throw new IllegalStateException("the import's transaction has already ended");
        }
        flushChanges();
        run("cannot commit the import", () -> {
            closeCursors();
            JdbiSessionLog.writeEnd(handle, dialect, sessionId, result);
            if (deferredTable && dialect == Dialect.SQLITE) {
                // A temporary table outlives the transaction on SQLite (PostgreSQL drops it on commit).
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP TABLE temp." + DEFERRED);
                }
            }
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
        closeCursors();
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

    // --- keys -----------------------------------------------------------------------------------------------

    /** {@code x.k1, x.k2}: the key columns of row {@code x}. */
    private static String keyColumns(Columns.Layout layout, String alias) {
        return String.join(", ", layout.keys().stream().map(c -> alias + "." + c.name()).toList());
    }

    /**
     * The condition that row {@code x}'s key is one of a batch bound at parameter {@code first} (and, on
     * PostgreSQL, the following ones: one text array per key column).
     */
    private String keyIn(Columns.Layout layout, int first) {
        List<Columns.Column> keys = layout.keys();
        if (dialect == Dialect.POSTGRESQL) {
            if (keys.size() == 1) {
                return "x." + keys.get(0).name() + " = ANY(?::text[])";
            }
            return "(" + keyColumns(layout, "x") + ") IN (SELECT * FROM unnest("
                    + String.join(", ", keys.stream().map(k -> "?::text[]").toList()) + "))";
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            values.add("value ->> " + i);
        }
        String list = "SELECT " + String.join(", ", values) + " FROM json_each(?)";
        return keys.size() == 1 ? "x." + keys.get(0).name() + " IN (" + list + ")"
                : "(" + keyColumns(layout, "x") + ") IN (" + list + ")";
    }

    /** Binds a batch of keys for {@link #keyIn}. */
    private void bindKeys(PreparedStatement statement, int first, EntityType type, Columns.Layout layout,
                          Collection<? extends RecordKey> keys) throws SQLException {
        bindTuples(statement, first, layout.keys().size(), keyTuples(type, keys));
    }

    /**
     * The keys worth asking the database for: all of them, unless the entity's table was empty when the
     * import began, in which case only those the import may have inserted.
     */
    private List<RecordKey> candidates(EntityType type, Columns.Layout layout, Collection<? extends RecordKey> keys)
            throws SQLException {
        List<RecordKey> wanted = new ArrayList<>(keys.size());
        boolean filtered = fresh(type, layout);
        for (RecordKey key : keys) {
            if (!filtered || inserted.mightContain(type, key)) {
                wanted.add(key);
            }
        }
        return wanted;
    }

    /** Whether the entity's table was empty when this import first touched it; asks once per entity. */
    private boolean fresh(EntityType type, Columns.Layout layout) throws SQLException {
        Boolean known = fresh.get(type);
        if (known == null) {
            try (ResultSet rs = prepared("SELECT 1 FROM " + layout.table() + " LIMIT 1").executeQuery()) {
                known = !rs.next();
            }
            fresh.put(type, known);
        }
        return known;
    }

    /** The distinct leading {@code width} key columns of the keys, in first-seen order. */
    private static List<String[]> prefixes(EntityType type, List<RecordKey> keys, int width) {
        Map<List<String>, String[]> distinct = new LinkedHashMap<>();
        for (RecordKey key : keys) {
            String[] values = RecordRows.keyValues(type, key);
            String[] prefix = java.util.Arrays.copyOf(values, width);
            distinct.putIfAbsent(java.util.Arrays.asList(prefix), prefix);
        }
        return new ArrayList<>(distinct.values());
    }

    private static List<String[]> keyTuples(EntityType type, Collection<? extends RecordKey> keys) {
        List<String[]> tuples = new ArrayList<>(keys.size());
        for (RecordKey key : keys) {
            tuples.add(RecordRows.keyValues(type, key));
        }
        return tuples;
    }

    /** A derived table {@code k} of key tuples bound at one parameter (SQLite) or one array per column. */
    private String keySource(int width) {
        if (dialect == Dialect.POSTGRESQL) {
            StringBuilder sql = new StringBuilder("unnest(");
            for (int i = 0; i < width; i++) {
                sql.append(i > 0 ? ", " : "").append("?::text[]");
            }
            sql.append(") AS k(");
            for (int i = 0; i < width; i++) {
                sql.append(i > 0 ? ", " : "").append('k').append(i);
            }
            return sql.append(')').toString();
        }
        return "json_each(?) AS k";
    }

    /** Row {@code x}'s first {@code width} key columns equal to those of the {@link #keySource} row. */
    private String keyMatch(Columns.Layout layout, int width) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            String column = "x." + layout.keys().get(i).name();
            terms.add(column + " = " + (dialect == Dialect.POSTGRESQL ? "k.k" + i : "k.value ->> " + i));
        }
        return String.join(" AND ", terms);
    }

    /** Binds tuples for {@link #keySource}: one text array per column, or one JSON array of arrays. */
    private void bindTuples(PreparedStatement statement, int first, int width, List<String[]> tuples)
            throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            String[][] columns = new String[width][tuples.size()];
            for (int row = 0; row < tuples.size(); row++) {
                for (int c = 0; c < width; c++) {
                    columns[c][row] = tuples.get(row)[c];
                }
            }
            for (int c = 0; c < width; c++) {
                statement.setArray(first + c, connection.createArrayOf("text", columns[c]));
            }
            return;
        }
        StringBuilder json = new StringBuilder(tuples.size() * 16 * width + 2).append('[');
        for (int row = 0; row < tuples.size(); row++) {
            json.append(row > 0 ? ",[" : "[");
            for (int c = 0; c < width; c++) {
                if (c > 0) {
                    json.append(',');
                }
                jsonString(json, tuples.get(row)[c]);
            }
            json.append(']');
        }
        statement.setString(first, json.append(']').toString());
    }

    private static void jsonString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /** {@code x.a, x.b}: the record columns of a narrow row after its key columns (prices, stock). */
    private static String valueColumns(Columns.Layout layout) {
        List<String> names = new ArrayList<>();
        int keys = layout.keys().size();
        List<Columns.Column> columns = layout.columns();
        for (int c = keys; c < columns.size(); c++) {
            String name = columns.get(c).name();
            if (name.equals("active")) {
                break;
            }
            names.add("x." + name);
        }
        return String.join(", ", names);
    }

    private static BigDecimal decimal(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : new BigDecimal(text);
    }

    /** The typed key of the current row, from its first key columns. */
    private static RecordKey key(EntityType type, ResultSet rs) throws SQLException {
        return switch (type) {
            case OFFER -> new OfferKey(rs.getString(1), rs.getString(2));
            case PRICE -> new PriceKey(new OfferKey(rs.getString(1), rs.getString(2)), rs.getString(3));
            case STOCK -> new StockKey(new OfferKey(rs.getString(1), rs.getString(2)),
                    RecordRows.emptyToNull(rs.getString(3)));
            default -> new EntityId(rs.getString(1));
        };
    }

    private static void offer(OfferKey key, Columns.Sink sink) throws SQLException {
        sink.text(key.productId());
        sink.text(key.variantId() == null ? "" : key.variantId());
    }

    // --- updates --------------------------------------------------------------------------------------------

    /** PostgreSQL: one {@code UPDATE … FROM unnest(arrays)} for the whole batch. */
    private void updateFromArrays(Columns.Layout layout, List<WriteRow> rows) throws SQLException {
        List<Columns.Column> columns = layout.columns();
        int keys = layout.keys().size();
        StringBuilder sql = new StringBuilder("UPDATE ").append(layout.table()).append(" AS x SET ");
        for (int c = keys; c < columns.size(); c++) {
            Columns.Column column = columns.get(c);
            sql.append(c > keys ? ", " : "").append(column.name()).append(" = u.c").append(c).append(cast(column));
        }
        sql.append(" FROM unnest(");
        for (int c = 0; c < columns.size(); c++) {
            sql.append(c > 0 ? ", " : "").append("?::text[]");
        }
        sql.append(") AS u(");
        for (int c = 0; c < columns.size(); c++) {
            sql.append(c > 0 ? ", " : "").append('c').append(c);
        }
        sql.append(") WHERE ");
        for (int c = 0; c < keys; c++) {
            sql.append(c > 0 ? " AND " : "").append("x.").append(columns.get(c).name()).append(" = u.c").append(c);
        }
        Sinks.Arrays arrays = new Sinks.Arrays(columns.size(), rows.size(), dialect);
        for (int i = 0; i < rows.size(); i++) {
            WriteRow row = rows.get(i);
            layout.write(row.record(), row.active(), row.hash(), sessionId, now, arrays.row(i));
        }
        PreparedStatement statement = prepared(sql.toString());
        List<Array> bound = new ArrayList<>(columns.size());
        try {
            for (int c = 0; c < columns.size(); c++) {
                Array array = connection.createArrayOf("text", arrays.column(c));
                bound.add(array);
                statement.setArray(c + 1, array);
            }
            statement.executeUpdate();
        } finally {
            for (Array array : bound) {
                array.free();
            }
        }
    }

    private static String cast(Columns.Column column) {
        return switch (column.kind()) {
            case TEXT -> "";
            case JSON -> "::jsonb";
            case DECIMAL -> "::numeric";
            case BOOL -> "::boolean";
            case LONG -> "::bigint";
            case TIME -> "::timestamptz";
        };
    }

    /** SQLite: a prepared {@code UPDATE} whose numbered parameters follow the layout's column order. */
    private void updateInBatch(Columns.Layout layout, List<WriteRow> rows) throws SQLException {
        List<Columns.Column> columns = layout.columns();
        int keys = layout.keys().size();
        StringBuilder sql = new StringBuilder("UPDATE ").append(layout.table()).append(" SET ");
        for (int c = keys; c < columns.size(); c++) {
            sql.append(c > keys ? ", " : "").append(columns.get(c).name()).append(" = ?").append(c + 1);
        }
        sql.append(" WHERE ");
        for (int c = 0; c < keys; c++) {
            sql.append(c > 0 ? " AND " : "").append(columns.get(c).name()).append(" = ?").append(c + 1);
        }
        PreparedStatement statement = prepared(sql.toString());
        Sinks.Statement sink = new Sinks.Statement(statement, dialect);
        try {
            for (WriteRow row : rows) {
                layout.write(row.record(), row.active(), row.hash(), sessionId, now, sink.reset());
                statement.addBatch();
            }
            statement.executeBatch();
        } finally {
            statement.clearBatch();
        }
    }

    // --- key pages ------------------------------------------------------------------------------------------

    private List<StoredKey> idPage(Columns.Layout layout, EntityType type, RecordKey after, int limit)
            throws SQLException {
        String sql = "SELECT x.id, x.active FROM " + layout.table() + " x"
                + (after == null ? "" : " WHERE x.id > ?") + " ORDER BY x.id LIMIT ?";
        PreparedStatement statement = prepared(sql);
        int index = 1;
        if (after != null) {
            statement.setString(index++, RecordRows.keyValues(type, after)[0]);
        }
        statement.setInt(index, limit);
        List<StoredKey> page = new ArrayList<>(Math.min(limit, 4096));
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                page.add(new StoredKey(new EntityId(rs.getString("id")), rs.getBoolean("active")));
            }
        }
        return page;
    }

    private KeyCursor openCursor(Columns.Layout layout, EntityType type, RecordKey after) throws SQLException {
        String keyText = RecordRows.keyText(type);
        String order = dialect == Dialect.POSTGRESQL ? "(" + keyText + ") COLLATE \"C\"" : keyText;
        String sql = "SELECT " + keyColumns(layout, "x") + ", x.active FROM " + layout.table() + " x"
                + (after == null ? "" : " WHERE " + order + " > ?") + " ORDER BY " + order;
        // A statement of its own (not the cache): its result stays open across calls.
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            if (after != null) {
                statement.setString(1, after.text());
            }
            statement.setFetchSize(1000);
            return new KeyCursor(statement, statement.executeQuery());
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private void closeCursors() {
        cursors.values().forEach(KeyCursor::close);
        cursors.clear();
    }

    /** An open, sorted result of keys that {@link #keysAfter} pages through. */
    private static final class KeyCursor {
        private final PreparedStatement statement;
        private final ResultSet rows;
        private RecordKey last;

        KeyCursor(PreparedStatement statement, ResultSet rows) {
            this.statement = statement;
            this.rows = rows;
        }

        void close() {
            try {
                rows.close();
                statement.close();
            } catch (SQLException ignored) {
                // Released with the transaction anyway.
            }
        }
    }

    // --- plumbing -------------------------------------------------------------------------------------------

    private PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    private void wrote(String table, long rows) {
        written += rows;
        writtenTables.add(table);
    }

    private void open() {
        if (committed || closed) {
            throw new IllegalStateException("the import's transaction has already ended");
        }
    }

    /** Runs SQL work, wrapping database failures; the sink's own exceptions pass as they are. */
    private <T> T call(String what, SqlCall<T> work) {
        open();
        try {
            return work.run();
        } catch (StoreException e) {
            throw e;
        } catch (JdbiException | SQLException e) {
            throw backend.failure(what, e);
        }
    }

    private void run(String what, SqlWork work) {
        call(what, () -> {
            work.run();
            return null;
        });
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    private interface SqlWork {
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
