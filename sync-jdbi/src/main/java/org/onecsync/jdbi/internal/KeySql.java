package org.onecsync.jdbi.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecsync.model.EntityId;
import org.onecsync.model.EntityType;
import org.onecsync.model.OfferKey;
import org.onecsync.model.PriceKey;
import org.onecsync.model.RecordKey;
import org.onecsync.model.StockKey;

/**
 * The SQL of a batch of keys for an import's statements: the key columns, a batch of keys bound as arrays
 * (PostgreSQL, through {@code unnest}) or as one JSON array (SQLite, through {@code json_each}), and the
 * typed key read back from a row.
 */
final class KeySql {

    private final Dialect dialect;
    private final Connection connection;

    KeySql(Dialect dialect, Connection connection) {
        this.dialect = dialect;
        this.connection = connection;
    }

    /** {@code x.k1, x.k2}: the key columns of row {@code x}. */
    static String keyColumns(Columns.Layout layout, String alias) {
        return String.join(", ", layout.keys().stream().map(c -> alias + "." + c.name()).toList());
    }

    /**
     * The condition that row {@code x}'s key is one of a batch bound at parameter {@code first} (and, on
     * PostgreSQL, the following ones: one text array per key column).
     */
    String keyIn(Columns.Layout layout, int first) {
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
    void bindKeys(PreparedStatement statement, int first, EntityType type, Columns.Layout layout,
                  Collection<? extends RecordKey> keys) throws SQLException {
        bindTuples(statement, first, layout.keys().size(), keyTuples(type, keys));
    }

    /** The distinct leading {@code width} key columns of the keys, in first-seen order. */
    static List<String[]> prefixes(EntityType type, List<RecordKey> keys, int width) {
        Map<List<String>, String[]> distinct = new LinkedHashMap<>();
        for (RecordKey key : keys) {
            String[] values = RecordRows.keyValues(type, key);
            String[] prefix = java.util.Arrays.copyOf(values, width);
            distinct.putIfAbsent(java.util.Arrays.asList(prefix), prefix);
        }
        return new ArrayList<>(distinct.values());
    }

    static List<String[]> keyTuples(EntityType type, Collection<? extends RecordKey> keys) {
        List<String[]> tuples = new ArrayList<>(keys.size());
        for (RecordKey key : keys) {
            tuples.add(RecordRows.keyValues(type, key));
        }
        return tuples;
    }

    /** A derived table {@code k} of key tuples bound at one parameter (SQLite) or one array per column. */
    String keySource(int width) {
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
    String keyMatch(Columns.Layout layout, int width) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            String column = "x." + layout.keys().get(i).name();
            terms.add(column + " = " + (dialect == Dialect.POSTGRESQL ? "k.k" + i : "k.value ->> " + i));
        }
        return String.join(" AND ", terms);
    }

    /** Binds tuples for {@link #keySource}: one text array per column, or one JSON array of arrays. */
    void bindTuples(PreparedStatement statement, int first, int width, List<String[]> tuples)
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

    /** The typed key of the current row, from its first key columns. */
    static RecordKey key(EntityType type, ResultSet rs) throws SQLException {
        return switch (type) {
            case OFFER -> new OfferKey(rs.getString(1), rs.getString(2));
            case PRICE -> new PriceKey(new OfferKey(rs.getString(1), rs.getString(2)), rs.getString(3));
            case STOCK -> new StockKey(new OfferKey(rs.getString(1), rs.getString(2)),
                    RecordRows.emptyToNull(rs.getString(3)));
            default -> new EntityId(rs.getString(1));
        };
    }
}
