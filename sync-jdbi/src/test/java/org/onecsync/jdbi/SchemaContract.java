package org.onecsync.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.onecsync.store.ApiClaim;
import org.onecsync.store.ImportLock;
import org.onecsync.store.ImportLockedException;
import org.onecsync.store.StoreException;

/** Schema safety: reads never create or migrate; a newer schema is refused, an older one upgraded by an import. */
interface SchemaContract extends StoreContract {

    /** The message for a database without the store's tables, at a URL from {@link #freshDatabaseUrl()}. */
    String notFoundMessage(String url);

    @Test
    default void readsOfAMissingDatabaseCreateNothing() throws Exception {
        String fresh = freshDatabaseUrl();
        JdbiCatalogStore missing = openStore(fresh);

        assertKind(StoreException.Reason.NOT_FOUND, notFoundMessage(fresh), () -> missing.sessions().recent(5));
        assertKind(StoreException.Reason.NOT_FOUND, notFoundMessage(fresh), () -> missing.begin(1, NOW));
        assertEquals("an import is already running (its session has not started yet)",
                missing.sessions().lockedMessage());
        assertKind(StoreException.Reason.NOT_FOUND, notFoundMessage(fresh), () -> missing.sessions().recent(5));

        assertNothingCreated(fresh);
    }

    @Test
    default void aNewerSchemaIsRefusedOnReadAndOnPrepareAndNothingIsWritten() throws Exception {
        sqlExecute(url(), "INSERT INTO onecsync_schema_history (installed_rank, version, description, type, script,"
                + " installed_by, execution_time, success) VALUES (100, '99', 'from the future', 'SQL',"
                + " 'V99__future.sql', 'test', 0, " + (postgres() ? "TRUE" : "1") + ")");
        List<List<String>> history = sqlRows(url(), "SELECT version FROM onecsync_schema_history ORDER BY installed_rank");
        String message = "the database was made by a newer onec-sync (schema version 99; this one knows up to 7);"
                + " upgrade onec-sync";
        JdbiCatalogStore newer = openStore();

        assertKind(StoreException.Reason.NEWER_SCHEMA, message, () -> newer.sessions().recent(5));
        assertKind(StoreException.Reason.NEWER_SCHEMA, message, newer::prepare);
        assertKind(StoreException.Reason.NEWER_SCHEMA, message, () -> newer.begin(1, NOW));

        assertEquals(history, sqlRows(url(), "SELECT version FROM onecsync_schema_history ORDER BY installed_rank"));
        assertEquals(0, sqlLong("SELECT count(*) FROM onecsync_session"));
    }

    @Test
    default void anOlderSchemaIsReportedUntilAnImportUpgradesIt() throws Exception {
        String old = freshDatabaseUrl();
        makeReachable(old);
        Flyway.configure().dataSource(old, null, null).locations(migrations()).table("onecsync_schema_history")
                .target("1").load().migrate();
        JdbiCatalogStore store = openStore(old);
        String message = "the database was made by an older onec-sync; run an import to upgrade it";

        assertKind(StoreException.Reason.OLDER_SCHEMA, message, () -> store.sessions().recent(5));
        assertKind(StoreException.Reason.OLDER_SCHEMA, message, () -> store.begin(1, NOW));

        store.prepare();
        assertEquals(List.of(), store.sessions().recent(5));
        assertEquals(List.of(List.of("4")), sqlRows(old, "SELECT max(version) FROM onecsync_schema_history"
                + " WHERE version = '4'"));
    }

    @Test
    default void aSyncIdClaimOnAnOlderSchemaUpgradesItLikeAnImport() throws Exception {
        String old = freshDatabaseUrl();
        makeReachable(old);
        Flyway.configure().dataSource(old, null, null).locations(migrations()).table("onecsync_schema_history")
                .target("1").load().migrate();
        JdbiCatalogStore store = openStore(old);

        assertEquals(new ApiClaim.Won(), store.apiAnswers().claim("push-1", NOW, NOW.minusSeconds(3600)));

        assertEquals(List.of(List.of("7")), sqlRows(old, "SELECT max(version) FROM onecsync_schema_history"));
        assertEquals(List.of(List.of("push-1", "pending")), sqlRows(old,
                "SELECT sync_id, state FROM onecsync_api_answer"));
    }

    @Test
    default void aSyncIdClaimOnAMissingDatabaseWhileAnImportHoldsTheLockIsRefusedAndCreatesNothing()
            throws Exception {
        String fresh = freshDatabaseUrl();
        JdbiCatalogStore missing = openStore(fresh);
        try (ImportLock held = openStore(fresh).lock()) {
            ImportLockedException refused = assertThrows(ImportLockedException.class,
                    () -> missing.apiAnswers().claim("push-1", NOW, NOW.minusSeconds(3600)));
            assertEquals("an import is already running (its session has not started yet)", refused.getMessage());
        }
        assertNothingCreated(fresh);
    }

    @Test
    default void prepareIsHarmlessWhenCurrent() throws Exception {
        JdbiCatalogStore again = openStore();
        again.prepare();
        again.prepare();
        assertEquals(List.of(List.of("1"), List.of("2"), List.of("2.1"), List.of("3"), List.of("4"), List.of("5"),
                List.of("6"), List.of("7")),
                sqlRows(url(), "SELECT version FROM onecsync_schema_history WHERE version <> '0'"
                        + " ORDER BY installed_rank"));
        assertTrue(again.sessions().recent(1).isEmpty());
    }

    private static void assertKind(StoreException.Reason kind, String message, Executable call) {
        StoreException refused = assertThrows(StoreException.class, call);
        assertEquals(kind, refused.reason(), refused.getMessage());
        assertEquals(message, refused.getMessage());
    }
}
