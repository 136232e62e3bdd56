package org.onecsync.jdbi.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.onecsync.model.EntityType;
import org.onecsync.model.RecordKey;
import org.onecsync.store.WriteRow;

/**
 * Which entities' tables were empty when the import first touched them (so every row is its own), and the
 * keys the import inserted into those: tables that were empty are not asked for keys it never inserted
 * ({@link KeyFilter}).
 */
final class FreshTables {

    private final JdbiImportTransaction transaction;
    /** Per entity: whether its table was empty when this import first touched it (so every row is its own). */
    private final Map<EntityType, Boolean> fresh = new EnumMap<>(EntityType.class);
    private final KeyFilter inserted = new KeyFilter();

    FreshTables(JdbiImportTransaction transaction) {
        this.transaction = transaction;
    }

    /** Notes the rows' keys when the entity's table was empty when the import first touched it. */
    void inserting(EntityType type, Columns.Layout layout, List<WriteRow> rows) throws SQLException {
        if (fresh(type, layout)) {
            for (WriteRow row : rows) {
                inserted.add(type, row.record().recordKey());
            }
        }
    }

    /**
     * The keys worth asking the database for: all of them, unless the entity's table was empty when the
     * import began, in which case only those the import may have inserted.
     */
    List<RecordKey> candidates(EntityType type, Columns.Layout layout, Collection<? extends RecordKey> keys)
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
    boolean fresh(EntityType type, Columns.Layout layout) throws SQLException {
        Boolean known = fresh.get(type);
        if (known == null) {
            try (ResultSet rs = transaction.prepared("SELECT 1 FROM " + layout.table() + " LIMIT 1")
                    .executeQuery()) {
                known = !rs.next();
            }
            fresh.put(type, known);
        }
        return known;
    }
}
