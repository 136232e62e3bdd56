package org.onecsync.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.onecsync.jdbi.Samples.row;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.onecsync.model.EntityType;
import org.onecsync.store.ImportLock;
import org.onecsync.store.ImportLockedException;
import org.onecsync.store.ImportTransaction;
import org.onecsync.store.StoreException;

/**
 * The write side on PostgreSQL, each database a schema of its own that is dropped afterwards. Runs when
 * {@code ONEC_SYNC_TEST_PG_URL} names a server, e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}.
 */
class PostgresCatalogStoreTest extends StoreFixture implements TransactionContract, SessionContract, LockContract,
        SchemaContract, UpgradeContract, ViewContract {

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
        return inSchema(schema);
    }

    @Override
    protected void dropDatabases() throws Exception {
        for (String schema : schemas) {
            sqlExecute(SERVER, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Override
    public void makeReachable(String url) {
        // A schema is reachable once it exists.
    }

    @Override
    public String migrations() {
        return "classpath:db/migration/postgresql";
    }

    @Override
    public boolean postgres() {
        return true;
    }

    @Override
    public void assertNothingCreated(String url) throws Exception {
        String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
        assertEquals(List.of(List.of("0")), sqlRows(SERVER, "SELECT count(*) FROM pg_class c JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE n.nspname = '" + schema + "'"));
    }

    @Override
    public String notFoundMessage(String url) {
        return "no onec-sync tables in the database " + url + " (run an import first)";
    }

    private static String inSchema(String schema) {
        return SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Test
    void aSchemaThatDoesNotExistIsNotFoundAndNotCreated() throws Exception {
        String schema = "onecsync_test_" + UUID.randomUUID().toString().replace("-", "");
        schemas.add(schema);
        JdbiCatalogStore missing = openStore(inSchema(schema));

        StoreException refused = assertThrows(StoreException.class, () -> missing.sessions().recent(1));

        assertEquals(StoreException.Reason.NOT_FOUND, refused.reason());
        assertEquals(List.of(List.of("0")), sqlRows(SERVER,
                "SELECT count(*) FROM pg_namespace WHERE nspname = '" + schema + "'"));
    }

    @Test
    void reimportWritesNothingForUnchangedRows() throws Exception {
        try (ImportTransaction transaction = begin()) {
            for (var record : Samples.ALL) {
                transaction.insert(record.type(), List.of(row(record)));
            }
            transaction.commit(succeeded());
        }
        String versions = "SELECT string_agg(id || ' ' || xmin::text, ', ' ORDER BY id) FROM onecsync_product";
        String before = sqlRows(url(), versions).get(0).get(0);
        try (ImportTransaction transaction = begin()) {
            transaction.lookup(EntityType.PRODUCT, List.of(Samples.DRESS.recordKey(), Samples.PLAIN.recordKey()));
            transaction.keysAfter(EntityType.PRICE, null, 10);
            transaction.commit(succeeded());
        }
        assertEquals(before, sqlRows(url(), versions).get(0).get(0));
    }

    @Test
    void aFailedCopyRollsBackAndTheSessionCanStillBeClosed() {
        long session = openSession();
        StoreException failure;
        try (ImportTransaction transaction = store().begin(session, NOW)) {
            // PostgreSQL text cannot hold NUL.
            failure = assertThrows(StoreException.class, () -> transaction.insert(EntityType.WAREHOUSE,
                    List.of(row(Samples.WAREHOUSE), row(new org.onecsync.model.Warehouse("w2", "nul \u0000", false)))));
        }
        assertEquals(true, failure.getMessage().startsWith("cannot insert warehouses: "), failure.getMessage());
        store().sessions().close(session, new org.onecsync.store.SessionResult(
                org.onecsync.store.SessionStatus.FAILED, STARTED.plusSeconds(1), java.util.Map.of(), List.of(), 0,
                failure.getMessage()));
        assertEquals(org.onecsync.store.SessionStatus.FAILED, store().sessions().recent(1).get(0).status());
    }

    @Test
    void theDatabaseUrlFormReachesTheSameStore() throws Exception {
        String jdbc = url();
        java.util.regex.Matcher user = java.util.regex.Pattern.compile("[?&]user=([^&]*)").matcher(jdbc);
        String rest = jdbc.substring("jdbc:postgresql://".length()).replaceFirst("([?&])user=[^&]*&?", "$1");
        String form = "postgres://" + (user.find() ? user.group(1) + "@" : "") + rest;
        openSession();

        try (JdbiCatalogStore same = JdbiCatalogStore.open(form)) {
            assertEquals(1, same.sessions().recent(5).size(), form);
        }
    }

    @Test
    void aMissingDatabaseNamesTheServerAndHidesThePasswordGivenApart() {
        String missing = SERVER.replaceFirst("(jdbc:postgresql://[^/]*/)[^?]*", "$1onecsync_no_such_database");
        try (JdbiCatalogStore store = JdbiCatalogStore.open(missing, "onecsync_no_such_database")) {
            StoreException refused = assertThrows(StoreException.class, store::prepare);

            assertEquals(true, refused.getMessage().startsWith("cannot connect to PostgreSQL at "),
                    refused.getMessage());
            assertEquals(true, refused.getMessage().endsWith(": database \"***\" does not exist"),
                    refused.getMessage());
        }
    }

    @Test
    void aRoleThatMayNotCreateTablesIsToldAtOnceWhatToGrant() throws Exception {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String schema = "onecsync_test_ro_" + id;
        String role = "onecsync_test_ro_" + id;
        sqlExecute(SERVER, "CREATE SCHEMA " + schema);
        schemas.add(schema);
        sqlExecute(SERVER, "CREATE ROLE " + role + " LOGIN");
        try {
            sqlExecute(SERVER, "GRANT USAGE ON SCHEMA " + schema + " TO " + role);
            String url = inSchema(schema);
            url = url.contains("user=") ? url.replaceFirst("user=[^&]*", "user=" + role) : url + "&user=" + role;
            try (JdbiCatalogStore store = JdbiCatalogStore.open(url)) {
                long start = System.nanoTime();
                StoreException refused = assertThrows(StoreException.class, store::prepare);
                long millis = (System.nanoTime() - start) / 1_000_000;

                assertEquals("cannot create the store's tables: role " + role + " may not create tables in schema "
                        + schema + " (GRANT CREATE ON SCHEMA " + schema + " TO " + role + ", or run the first import "
                        + "as its owner)", refused.getMessage());
                // Flyway alone retries creating its history table for ten seconds.
                assertEquals(true, millis < 5000, millis + " ms");
            }
        } finally {
            sqlExecute(SERVER, "DROP OWNED BY " + role);
            sqlExecute(SERVER, "DROP ROLE " + role);
        }
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
