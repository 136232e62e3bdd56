package org.onecsync.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.onecsync.codec.RecordCodec;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityType;
import org.onecsync.model.OfferKey;
import org.onecsync.model.PriceKey;
import org.onecsync.model.RecordKey;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.ImportTransaction;
import org.onecsync.store.PriceChange;
import org.onecsync.store.Problem;
import org.onecsync.store.SessionRecord;
import org.onecsync.store.SessionStatus;
import org.onecsync.store.StoredState;

/** A database made by version 1 (one JSON payload per row in onecsync_entity) is upgraded in place. */
interface UpgradeContract extends StoreContract {

    DateTimeFormatter SQLITE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    default void aVersionOneDatabaseIsUpgradedWithEveryRowSessionAndHistoryRow() throws Exception {
        String old = freshDatabaseUrl();
        makeReachable(old);
        Flyway.configure().dataSource(old, null, null).locations(migrations()).table("onecsync_schema_history")
                .target("1").load().migrate();
        Set<CatalogRecord> inactive = Set.of(Samples.PLAIN, Samples.DRESS_MAIN, Samples.BULK);
        Instant updated = Instant.parse("2025-01-02T03:04:05.678901Z");
        List<Long> sessions = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(old)) {
            connection.setAutoCommit(false);
            try (PreparedStatement session = connection.prepareStatement("INSERT INTO onecsync_session (kind, source,"
                    + " dry_run, status, started_at, finished_at, problem_count, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                session.setString(1, "all");
                session.setString(2, "/exports/a.zip");
                session.setBoolean(3, false);
                session.setString(4, "partial");
                session.setObject(5, time(STARTED));
                session.setObject(6, time(STARTED.plusSeconds(10)));
                session.setLong(7, 3);
                session.setString(8, null);
                session.executeUpdate();
                session.setString(1, "prices");
                session.setString(2, "prices.xml");
                session.setString(4, "failed");
                session.setObject(5, time(STARTED.plusSeconds(60)));
                session.setObject(6, time(STARTED.plusSeconds(61)));
                session.setLong(7, 0);
                session.setString(8, "cannot read the export: broken.xml");
                session.executeUpdate();
            }
            try (var rows = connection.createStatement().executeQuery("SELECT id FROM onecsync_session ORDER BY id")) {
                while (rows.next()) {
                    sessions.add(rows.getLong(1));
                }
            }
            long first = sessions.get(0);
            try (PreparedStatement count = connection.prepareStatement("INSERT INTO onecsync_session_count"
                    + " (session_id, entity, created, updated, unchanged, deleted, skipped) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                count.setLong(1, first);
                count.setString(2, "products");
                for (int i = 3; i <= 7; i++) {
                    count.setLong(i, i);
                }
                count.executeUpdate();
            }
            try (PreparedStatement problem = connection.prepareStatement("INSERT INTO onecsync_session_problem"
                    + " (session_id, seq, entity, key, file, line, reason) VALUES (?, 1, 'offers', 'o1', 'offers.xml', 12,"
                    + " 'offer refers to product x, which the store does not know')")) {
                problem.setLong(1, first);
                problem.executeUpdate();
            }
            try (PreparedStatement entity = connection.prepareStatement("INSERT INTO onecsync_entity (entity, key,"
                    + " ref1, ref2, amount, active, fingerprint, payload, session_id, updated_at)"
                    + " VALUES (?, ?, NULL, NULL, NULL, ?, 42, ?, ?, ?)")) {
                int n = 0;
                for (CatalogRecord record : Samples.ALL) {
                    entity.setString(1, record.type().jsonName());
                    entity.setString(2, record.key());
                    entity.setBoolean(3, !inactive.contains(record));
                    entity.setString(4, RecordCodec.json(record));
                    entity.setLong(5, sessions.get(n++ % 2));
                    entity.setObject(6, time(updated));
                    entity.executeUpdate();
                }
            }
            try (PreparedStatement history = connection.prepareStatement("INSERT INTO onecsync_price_history"
                    + " (offer_key, price_type_id, old_amount, new_amount, session_id, changed_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                for (String[] row : List.of(new String[] {"p1#v42", "t1", "2000", "1990.50"},
                        new String[] {"p2", "t2", "1.10", "0.000001"}, new String[] {"p1#v42#x", "t1", "1", "2"})) {
                    history.setString(1, row[0]);
                    history.setString(2, row[1]);
                    history.setString(3, row[2]);
                    history.setString(4, row[3]);
                    history.setLong(5, first);
                    history.setObject(6, time(updated));
                    history.executeUpdate();
                }
            }
            connection.commit();
        }
        List<List<String>> historyIds = sqlRows(old, "SELECT id FROM onecsync_price_history ORDER BY id");

        JdbiCatalogStore store = openStore(old);
        store.prepare();

        // Every row in its typed table, with its flag, content hash, session and time.
        long next = store.sessions().open(new org.onecsync.store.SessionStart("all", "next", false, NOW));
        try (ImportTransaction transaction = store.begin(next, NOW)) {
            Map<EntityType, Map<RecordKey, CatalogRecord>> expected = new EnumMap<>(EntityType.class);
            for (CatalogRecord record : Samples.ALL) {
                expected.computeIfAbsent(record.type(), type -> new LinkedHashMap<>()).put(record.recordKey(), record);
            }
            expected.forEach((type, records) -> {
                assertEquals(records, transaction.records(type, records.keySet()), type.jsonName());
                Map<RecordKey, StoredState> states = new LinkedHashMap<>();
                records.forEach((key, record) -> states.put(key, new StoredState(!inactive.contains(record),
                        Samples.hash(record), type == EntityType.PRICE || type == EntityType.STOCK ? record : null)));
                assertEquals(states, transaction.lookup(type, records.keySet()), type.jsonName());
            });
            // New history rows continue after the kept ones.
            transaction.appendPriceHistory(List.of(new PriceChange(new PriceKey(new OfferKey("p9", null), "t1"),
                    BigDecimal.ONE, BigDecimal.TEN, next, NOW)));
            transaction.commit(succeeded());
        }
        String time = postgres() ? "to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
                : "updated_at";
        List<List<String>> stamps = new ArrayList<>();
        int n = 0;
        for (CatalogRecord record : Samples.ALL) {
            stamps.add(List.of(Long.toString(sessions.get(n++ % 2)), "2025-01-02T03:04:05.678901Z"));
        }
        List<List<String>> found = new ArrayList<>();
        for (String table : List.of("unit", "warehouse", "price_type", "category", "property", "product", "offer",
                "price", "stock", "counterparty")) {
            found.addAll(sqlRows(old, "SELECT session_id, " + time + " FROM onecsync_" + table));
        }
        assertEquals(stamps.stream().sorted(java.util.Comparator.comparing(Object::toString)).toList(),
                found.stream().sorted(java.util.Comparator.comparing(Object::toString)).toList());
        assertEquals(0, sqlRows(old, postgres()
                ? "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema()"
                  + " AND table_name = 'onecsync_entity'"
                : "SELECT 1 FROM sqlite_master WHERE name = 'onecsync_entity'").size());

        // Sessions, their counts and problems as they were.
        assertEquals(List.of(
                new SessionRecord(sessions.get(1), "prices", "prices.xml", false, SessionStatus.FAILED,
                        STARTED.plusSeconds(60), STARTED.plusSeconds(61), Map.of(), List.of(), 0,
                        "cannot read the export: broken.xml"),
                new SessionRecord(sessions.get(0), "all", "/exports/a.zip", false, SessionStatus.PARTIAL, STARTED,
                        STARTED.plusSeconds(10), Map.of(EntityType.PRODUCT, new EntityCounts(3, 4, 5, 6, 7)),
                        List.of(new Problem(EntityType.OFFER, "o1", "offers.xml", 12,
                                "offer refers to product x, which the store does not know")), 3, null)),
                store.sessions().recent(10).subList(1, 3));

        // The price history, typed, ids kept.
        String first = Long.toString(sessions.get(0));
        List<List<String>> history = sqlRows(old, "SELECT id, product_id, variant_id, price_type_id, old_amount,"
                + " new_amount, session_id FROM onecsync_price_history ORDER BY id");
        assertEquals(List.of(
                List.of(historyIds.get(0).get(0), "p1", "v42", "t1", "2000", "1990.50", first),
                List.of(historyIds.get(1).get(0), "p2", "", "t2", "1.10", "0.000001", first),
                List.of(historyIds.get(2).get(0), "p1", "v42#x", "t1", "1", "2", first)),
                history.subList(0, 3));
        assertEquals(List.of("p9", "", "t1", "1", "10", Long.toString(next)), history.get(3).subList(1, 7));
        assertEquals(true, Long.parseLong(history.get(3).get(0)) > Long.parseLong(historyIds.get(2).get(0)));
    }

    private Object time(Instant instant) {
        return postgres() ? Timestamp.from(instant) : SQLITE_TIME.format(instant);
    }
}
