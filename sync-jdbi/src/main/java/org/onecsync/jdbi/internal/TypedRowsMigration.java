package org.onecsync.jdbi.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.onecsync.codec.RecordCodec;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityType;

/**
 * Migration 2.1: moves the rows of version 1's {@code onecsync_entity} (one JSON payload per record, as the
 * record codec writes it) into the typed tables V2 created, keeping each row's active flag, session and time
 * and computing its content hash, then drops {@code onecsync_entity}. It reads in pages by key (never the
 * whole table) and writes each page's rows as the import does (COPY on PostgreSQL). The price history was
 * rebuilt by V2's SQL; sessions, counts and problems stay as they are.
 */
final class TypedRowsMigration implements JavaMigration {

    private static final int PAGE = 1000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2.1");
    }

    @Override
    public String getDescription() {
        return "typed rows from onecsync entity";
    }

    @Override
    public Integer getChecksum() {
        // Fixed: validation then notices if another class takes this version's place.
        return 0x0ec5_0201;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Dialect dialect = "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())
                ? Dialect.POSTGRESQL : Dialect.SQLITE;
        if (!exists(connection, dialect)) {
            return;
        }
        try (RowAppender appender = new RowAppender(connection, dialect);
             PreparedStatement first = connection.prepareStatement(select("")); 
             PreparedStatement next = connection.prepareStatement(select("WHERE (entity, key) > (?, ?)"))) {
            String lastEntity = null;
            String lastKey = null;
            while (true) {
                PreparedStatement page = lastEntity == null ? first : next;
                if (lastEntity != null) {
                    next.setString(1, lastEntity);
                    next.setString(2, lastKey);
                }
                List<Row> rows = new ArrayList<>(PAGE);
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getString("entity"), rs.getString("key"), rs.getBoolean("active"),
                                rs.getString("payload"), rs.getLong("session_id"),
                                dialect.time(rs, "updated_at")));
                    }
                }
                if (rows.isEmpty()) {
                    break;
                }
                write(appender, rows);
                lastEntity = rows.get(rows.size() - 1).entity();
                lastKey = rows.get(rows.size() - 1).key();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE onecsync_entity");
        }
    }

    private record Row(String entity, String key, boolean active, String payload, long session, Instant updatedAt) {
    }

    /** Writes a page: rows arrive sorted by entity, so each run of one entity is one batch. */
    private static void write(RowAppender appender, List<Row> rows) throws SQLException {
        int start = 0;
        while (start < rows.size()) {
            String entity = rows.get(start).entity();
            int end = start;
            while (end < rows.size() && rows.get(end).entity().equals(entity)) {
                end++;
            }
            EntityType type = Entities.of(entity);
            Columns.Layout layout = Columns.of(type);
            List<Row> run = rows.subList(start, end);
            List<CatalogRecord> records = new ArrayList<>(run.size());
            for (Row row : run) {
                try {
                    records.add(RecordCodec.fromJson(type, row.payload()));
                } catch (IllegalArgumentException e) {
                    throw new SQLException("cannot read the stored " + entity + " '" + row.key() + "': "
                            + e.getMessage(), e);
                }
            }
            boolean hashed = layout.hashed();
            appender.append(layout, run.size(), (i, sink) -> {
                CatalogRecord record = records.get(i);
                Row row = run.get(i);
                layout.write(record, row.active(), hashed ? RecordCodec.hash(record) : 0, row.session(),
                        row.updatedAt(), sink);
            });
            start = end;
        }
    }

    private static String select(String where) {
        return "SELECT entity, key, active, payload, session_id, updated_at FROM onecsync_entity " + where
                + " ORDER BY entity, key LIMIT " + PAGE;
    }

    private static boolean exists(Connection connection, Dialect dialect) throws SQLException {
        String sql = dialect == Dialect.POSTGRESQL
                ? "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                  + " AND table_name = 'onecsync_entity'"
                : "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'onecsync_entity'";
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }
}
