package org.onecsync.jdbi.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityType;
import org.onecsync.model.Price;
import org.onecsync.model.PriceKey;
import org.onecsync.model.RecordKey;
import org.onecsync.model.Stock;
import org.onecsync.model.StockKey;
import org.onecsync.store.SkuOwner;
import org.onecsync.store.StoredState;

/** The import's reads of stored rows: their states and records by key, a scan of them all, and a count. */
final class StoredLookups {

    /** SKUs per query: few distinct statements to prepare, and far below every driver's parameter limit. */
    private static final int SKU_CHUNK = 500;

    private final JdbiImportTransaction transaction;
    private final Dialect dialect;
    private final Connection connection;
    private final KeySql keySql;
    private final FreshTables fresh;

    StoredLookups(JdbiImportTransaction transaction, Dialect dialect, Connection connection, KeySql keySql,
                  FreshTables fresh) {
        this.transaction = transaction;
        this.dialect = dialect;
        this.connection = connection;
        this.keySql = keySql;
        this.fresh = fresh;
    }

    /**
     * One statement per batch, joining the keys to the primary key. When the batch holds at least two keys per
     * offer (prices and stock as an offer lists them; offers of one product), it joins the offers (products)
     * instead and keeps the rows asked for: fewer, contiguous index probes. Tables that were empty when the
     * import began are not asked for keys it never inserted ({@link KeyFilter}).
     */
    Map<RecordKey, StoredState> lookup(EntityType type, Collection<? extends RecordKey> keys) {
        Columns.Layout layout = Columns.of(type);
        if (keys.isEmpty()) {
            return Map.of();
        }
        return transaction.call("cannot look up stored " + type.jsonName(), () -> {
            List<RecordKey> wanted = fresh.candidates(type, layout, keys);
            if (wanted.isEmpty()) {
                return Map.of();
            }
            int width = layout.keys().size();
            boolean narrow = type == EntityType.PRICE || type == EntityType.STOCK;
            List<String[]> prefixes = width > 1 ? KeySql.prefixes(type, wanted, width - 1) : null;
            boolean byPrefix = prefixes != null && wanted.size() >= 2 * prefixes.size();
            int matched = byPrefix ? width - 1 : width;
            String values = narrow ? valueColumns(layout) + ", x.active" : "x.active, x.content_hash";
            String sql = "SELECT " + KeySql.keyColumns(layout, "x") + ", " + values + " FROM "
                    + keySql.keySource(matched) + " JOIN " + layout.table() + " x ON "
                    + keySql.keyMatch(layout, matched);
            PreparedStatement statement = transaction.prepared(sql);
            keySql.bindTuples(statement, 1, matched, byPrefix ? prefixes : KeySql.keyTuples(type, wanted));
            Set<RecordKey> asked = byPrefix ? new HashSet<>(wanted) : null;
            Map<RecordKey, StoredState> found = new HashMap<>(wanted.size() * 2);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    RecordKey key = KeySql.key(type, rs);
                    if (asked == null || asked.contains(key)) {
                        found.put(key, state(type, width, key, rs));
                    }
                }
            }
            return found;
        });
    }

    void scanStored(EntityType type, BiConsumer<RecordKey, StoredState> sink) {
        Columns.Layout layout = Columns.of(type);
        transaction.run("cannot read stored " + type.jsonName(), () -> {
            boolean narrow = type == EntityType.PRICE || type == EntityType.STOCK;
            String values = narrow ? valueColumns(layout) + ", x.active" : "x.active, x.content_hash";
            int width = layout.keys().size();
            // A statement of its own with a fetch size: PostgreSQL then streams through a cursor.
            try (PreparedStatement statement = connection.prepareStatement("SELECT "
                    + KeySql.keyColumns(layout, "x") + ", " + values + " FROM " + layout.table() + " x")) {
                statement.setFetchSize(5000);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        RecordKey key = KeySql.key(type, rs);
                        sink.accept(key, state(type, width, key, rs));
                    }
                }
            }
        });
    }

    long estimateRows(EntityType type) {
        Columns.Layout layout = Columns.of(type);
        return transaction.call("cannot count stored " + type.jsonName(), () -> {
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

    Map<RecordKey, CatalogRecord> records(EntityType type, Collection<? extends RecordKey> keys) {
        Columns.Layout layout = Columns.of(type);
        if (keys.isEmpty()) {
            return Map.of();
        }
        return transaction.call("cannot read stored " + type.jsonName(), () -> {
            List<RecordKey> wanted = fresh.candidates(type, layout, keys);
            if (wanted.isEmpty()) {
                return Map.of();
            }
            int width = layout.keys().size();
            String sql = "SELECT " + RecordRows.recordColumns(type) + " FROM " + keySql.keySource(width) + " JOIN "
                    + layout.table() + " x ON " + keySql.keyMatch(layout, width);
            PreparedStatement statement = transaction.prepared(sql);
            keySql.bindTuples(statement, 1, width, KeySql.keyTuples(type, wanted));
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

    /** See {@link org.onecsync.store.ImportTransaction#productsBySku}; the SKU column is indexed. */
    Map<String, List<SkuOwner>> productsBySku(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        return transaction.call("cannot find stored products by SKU", () -> {
            Map<String, List<SkuOwner>> found = new HashMap<>();
            List<String> all = List.copyOf(skus);
            for (int from = 0; from < all.size(); from += SKU_CHUNK) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + SKU_CHUNK));
                String sql = "SELECT id, sku, active FROM onecsync_product WHERE sku IN ("
                        + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ") ORDER BY id";
                PreparedStatement statement = transaction.prepared(sql);
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        found.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                                .add(new SkuOwner(rs.getString(1), rs.getBoolean(3)));
                    }
                }
            }
            return found;
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
}
