package org.onecsync.jdbi.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.onecsync.model.EntityId;
import org.onecsync.model.EntityType;
import org.onecsync.model.RecordKey;
import org.onecsync.store.StoredKey;

/** The import's pages of stored keys in key text order, with the open sorted results it reads on from. */
final class KeyPages {

    private final JdbiImportTransaction transaction;
    private final Dialect dialect;
    private final Connection connection;
    private final Map<EntityType, KeyCursor> cursors = new EnumMap<>(EntityType.class);

    KeyPages(JdbiImportTransaction transaction, Dialect dialect, Connection connection) {
        this.transaction = transaction;
        this.dialect = dialect;
        this.connection = connection;
    }

    /**
     * Pages through the keys in key text order. Entities keyed by one id read a keyset page from the primary
     * key each time. Offers, prices and stock are ordered by their key text, which no index holds: the first
     * call sorts once and keeps the result open, and each following call that continues after the last key
     * returned reads on from it (a call after any other key starts afresh from that key). The open result
     * sees the rows as they were when it started, which is what the missing policy needs: it only changes
     * rows the pages already passed.
     */
    List<StoredKey> keysAfter(EntityType type, RecordKey after, int limit) {
        Columns.Layout layout = Columns.of(type);
        if (limit <= 0) {
            return List.of();
        }
        return transaction.call("cannot read the stored keys of " + type.jsonName(), () -> {
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
                page.add(new StoredKey(KeySql.key(type, cursor.rows), cursor.rows.getBoolean("active")));
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

    private List<StoredKey> idPage(Columns.Layout layout, EntityType type, RecordKey after, int limit)
            throws SQLException {
        String sql = "SELECT x.id, x.active FROM " + layout.table() + " x"
                + (after == null ? "" : " WHERE x.id > ?") + " ORDER BY x.id LIMIT ?";
        PreparedStatement statement = transaction.prepared(sql);
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
        String order = RecordRows.byteOrder(dialect, keyText);
        String sql = "SELECT " + KeySql.keyColumns(layout, "x") + ", x.active FROM " + layout.table() + " x"
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

    void close() {
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
}
