package org.onecsync.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.onecsync.jdbi.Records.offer;
import static org.onecsync.jdbi.Records.price;
import static org.onecsync.jdbi.Records.priceType;
import static org.onecsync.jdbi.Records.product;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.onecsync.model.EntityType;
import org.onecsync.store.ImportLock;
import org.onecsync.store.ImportLockedException;
import org.onecsync.store.SessionResult;
import org.onecsync.store.SessionStart;
import org.onecsync.store.SessionStatus;
import org.onecsync.store.StagedRecord;
import org.onecsync.store.StoreException;
import org.onecsync.store.StoreTransaction;
import org.onecsync.store.StoredRecord;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store contracts on PostgreSQL, each test in schemas of its own that it drops afterwards. Runs when
 * {@code ONEC_SYNC_TEST_PG_URL} names a server, e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}.
 */
class PostgresCatalogStoreTest extends StoreFixture implements ImportContract, MissingContract,
        ReferenceContract, HistoryContract, SessionContract, LockContract, ReadContract {

    private static final String SERVER = System.getenv("ONEC_SYNC_TEST_PG_URL");

    private final List<String> schemas = new ArrayList<>();

    @Override
    protected String newDatabase() throws Exception {
        // Checked per test rather than once per class, so that every test shows as skipped, with the reason.
        Assumptions.assumeTrue(SERVER != null && !SERVER.isBlank(),
                "ONEC_SYNC_TEST_PG_URL is not set: PostgreSQL tests skipped");
        String schema = "onecsync_test_" + UUID.randomUUID().toString().replace("-", "");
        sqlExecute(SERVER, "CREATE SCHEMA " + schema);
        schemas.add(schema);
        return SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url());
        return dataSource;
    }

    @Override
    protected void dropDatabases() throws Exception {
        for (String schema : schemas) {
            sqlExecute(SERVER, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void reimportLeavesTuplesUntouched() throws Exception {
        StagedRecord[] catalog = {product("p1"), offer("p1#a", "p1"), priceType("t1"), price("p1#a", "t1", "1")};
        importRecords(catalog);
        String versions = "SELECT string_agg(key || ' ' || ctid::text || ' ' || xmin::text || ' ' || xmax::text, ', '"
                + " ORDER BY key) FROM onecsync_entity";
        String before = sqlString(url(), versions);

        importRecords(catalog);

        assertEquals(before, sqlString(url(), versions));
    }

    @Test
    void failedStagingRollsBackAndTheSessionCanStillBeClosed() {
        long session = store().openSession(new SessionStart("catalog", "bad.xml", false, STARTED));
        StoreException failure;
        try (StoreTransaction transaction = store().begin(session)) {
            // PostgreSQL text cannot hold NUL; COPY reports it when the stream ends.
            transaction.stage(List.of(product("p1"), product("p2", "nul \u0000 inside")));
            failure = assertThrows(StoreException.class, () -> transaction.resolve(problem -> { }));
        }
        store().closeSession(session, new SessionResult(SessionStatus.FAILED, STARTED.plusSeconds(1), Map.of(),
                List.of(), 0, failure.getMessage()));

        assertEquals("cannot check the staged records: ERROR: invalid byte sequence for encoding \"UTF8\": 0x00;"
                + " Where: COPY onecsync_stage, line 2", failure.getMessage());
        assertEquals(SessionStatus.FAILED, store().recentSessions(1).get(0).status());
        assertEquals(List.of(), dump());
    }

    @Test
    void schemasDoNotShareTheLock() throws Exception {
        try (JdbiCatalogStore elsewhere = JdbiCatalogStore.open(freshDatabaseUrl())) {
            elsewhere.prepare();
            ImportLock here = store().lock();
            ImportLock there = elsewhere.lock();
            assertThrows(ImportLockedException.class, () -> openStore().lock());
            there.close();
            here.close();
        }
    }
}
