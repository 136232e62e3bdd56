package org.onecsync.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.onecsync.store.contract.Records.product;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.onecsync.store.ChangeEvent;
import org.onecsync.store.SessionRecord;
import org.onecsync.store.SessionStatus;
import org.onecsync.store.contract.TestExport;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.ImportReport;
import org.onecsync.sync.SyncEngine;

/**
 * PostgreSQL starts refusing new connections while an import runs (here: {@code ALLOW_CONNECTIONS false} on a
 * database of the test's own, set from the import's in-transaction listener): the import still commits on its
 * own connection, is reported, and its session is {@code succeeded}, also after a later import marked abandoned
 * sessions failed. Subscribers, which read the feed through new connections after the commit, hear nothing then;
 * the import stays committed and the feed keeps its changes. Skipped without {@code ONEC_SYNC_TEST_PG_URL}.
 */
@Timeout(120)
class CommittedImportWhileConnectionsAreRefusedTest {

    private static final String SERVER = System.getenv("ONEC_SYNC_TEST_PG_URL");

    private Connection admin;
    private String database;
    private String url;

    @BeforeEach
    void createDatabase() throws SQLException {
        assumeTrue(SERVER != null && !SERVER.isBlank(), "ONEC_SYNC_TEST_PG_URL is not set: PostgreSQL tests skipped");
        database = "onecsync_fault_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        // Opened before the import, so that it can still speak once the database refuses new connections.
        admin = DriverManager.getConnection(SERVER);
        sql("CREATE DATABASE " + database);
        url = inDatabase(SERVER, database);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (admin == null) {
            return;
        }
        try (Connection closing = admin) {
            sql("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
            sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void theImportIsReportedAndItsSessionSucceeded() throws SQLException {
        try (JdbiCatalogStore store = JdbiCatalogStore.open(url)) {
            ImportReport report = refusingImport(store, null);

            assertEquals(SessionStatus.SUCCEEDED, report.status());
            assertRefused();
            sql("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
            assertCommittedAndSucceeded(store, report.sessionId());
        }
    }

    @Test
    void subscribersHearNothingButTheImportStaysCommittedAndTheFeedKeepsItsChanges() throws SQLException {
        try (JdbiCatalogStore store = JdbiCatalogStore.open(url)) {
            List<ChangeEvent> heard = new ArrayList<>();

            ImportReport report = refusingImport(store, heard);

            assertEquals(SessionStatus.SUCCEEDED, report.status());
            assertRefused();
            assertEquals(List.of(), heard);
            sql("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
            assertEquals(2, store.changes().after(0, 10).size());
            assertCommittedAndSucceeded(store, report.sessionId());
        }
    }

    /** Imports two products; the listener makes the database refuse new connections on the first change. */
    private ImportReport refusingImport(JdbiCatalogStore store, List<ChangeEvent> subscriber) {
        AtomicBoolean refused = new AtomicBoolean();
        SyncEngine.Builder builder = SyncEngine.builder(store).parsers(TestExport.parsers()).listener(event -> {
            if (refused.compareAndSet(false, true)) {
                try {
                    sql("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        if (subscriber != null) {
            builder.subscriber(subscriber::add);
        }
        ImportReport report = builder.build().importExport(
                TestExport.partial(product("p1", "Tea"), product("p2", "Coffee")).source(), ImportOptions.defaults());
        assertTrue(refused.get(), "the listener ran");
        return report;
    }

    private void assertRefused() {
        SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(url).close());
        assertTrue(refused.getMessage().contains("is not currently accepting connections"), refused.getMessage());
    }

    private static void assertCommittedAndSucceeded(JdbiCatalogStore store, long session) {
        assertEquals(2, store.reader().products(null, 10).size());
        // A later import marks sessions left running as failed; the committed one is not among them.
        ImportReport later = SyncEngine.builder(store).parsers(TestExport.parsers()).build()
                .importExport(TestExport.partial(product("p3", "Cocoa")).source(), ImportOptions.defaults());
        assertEquals(SessionStatus.SUCCEEDED, later.status());
        SessionRecord committed = store.sessions().recent(5).stream().filter(s -> s.id() == session).findFirst()
                .orElseThrow();
        assertEquals(SessionStatus.SUCCEEDED, committed.status());
        assertNull(committed.error());
    }

    private void sql(String statement) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute(statement);
        }
    }

    /** The server URL with its database replaced: {@code jdbc:postgresql://host:port/NAME?…}. */
    private static String inDatabase(String server, String name) {
        int slash = server.indexOf('/', "jdbc:postgresql://".length());
        int query = server.indexOf('?');
        return server.substring(0, slash + 1) + name + (query < 0 ? "" : server.substring(query));
    }
}
