package org.onecsync.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.onecsync.jdbi.Samples.row;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.onecsync.model.EntityType;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.ImportTransaction;
import org.onecsync.store.Problem;
import org.onecsync.store.SessionLog;
import org.onecsync.store.SessionRecord;
import org.onecsync.store.SessionResult;
import org.onecsync.store.SessionStart;
import org.onecsync.store.SessionStatus;

/** The session log, written beside the import's transaction. */
interface SessionContract extends StoreContract {

    @Test
    default void sessionSurvivesRollback() throws Exception {
        SessionLog log = store().sessions();
        long session = log.open(new SessionStart("catalog", "/exports/1", false, STARTED));
        try (ImportTransaction transaction = store().begin(session, NOW)) {
            transaction.insert(EntityType.PRODUCT, List.of(row(Samples.DRESS)));
        }
        log.close(session, new SessionResult(SessionStatus.FAILED, STARTED.plusSeconds(5), Map.of(), List.of(), 0,
                "cannot read the export: broken.xml"));

        assertEquals(List.of(new SessionRecord(session, "catalog", "/exports/1", false, SessionStatus.FAILED,
                STARTED, STARTED.plusSeconds(5), Map.of(), List.of(), 0, "cannot read the export: broken.xml")),
                log.recent(10));
        assertEquals(0, sqlLong("SELECT count(*) FROM onecsync_product"));
    }

    @Test
    default void openSessionIsRunningUntilClosed() {
        long session = store().sessions().open(new SessionStart("prices", "prices.zip", true, STARTED));

        assertEquals(List.of(new SessionRecord(session, "prices", "prices.zip", true, SessionStatus.RUNNING,
                STARTED, null, Map.of(), List.of(), 0, null)), openStore().sessions().recent(5));
    }

    @Test
    default void recentSessionsAreNewestFirstWithCountsAndProblems() {
        SessionLog log = store().sessions();
        long first = log.open(new SessionStart("catalog", "a", false, STARTED));
        long second = log.open(new SessionStart("offers", "b", false, STARTED.plusSeconds(60)));
        long third = log.open(new SessionStart("all", "c", true, STARTED.plusSeconds(120)));
        Map<EntityType, EntityCounts> counts = Map.of(EntityType.PRODUCT, new EntityCounts(3, 2, 1, 0, 0),
                EntityType.OFFER, new EntityCounts(0, 0, 0, 4, 2));
        List<Problem> problems = List.of(
                new Problem(EntityType.OFFER, "o1", "offers.xml", 10, "offer refers to product x, which the store does not know"),
                new Problem(null, null, null, 0, "something without a record"),
                new Problem(EntityType.OFFER, "o2", "offers.xml", 20, "second"));
        log.close(first, new SessionResult(SessionStatus.SUCCEEDED, STARTED.plusSeconds(1), Map.of(), List.of(), 0,
                null));
        log.close(second, new SessionResult(SessionStatus.PARTIAL, STARTED.plusSeconds(61), counts, problems, 5,
                null));

        List<SessionRecord> recent = log.recent(2);

        assertEquals(List.of(
                new SessionRecord(third, "all", "c", true, SessionStatus.RUNNING, STARTED.plusSeconds(120), null,
                        Map.of(), List.of(), 0, null),
                new SessionRecord(second, "offers", "b", false, SessionStatus.PARTIAL, STARTED.plusSeconds(60),
                        STARTED.plusSeconds(61), counts, problems, 5, null)), recent);
        assertEquals(List.of(third, second, first), log.recent(10).stream().map(SessionRecord::id).toList());
        assertEquals(Optional.of(recent.get(1)), log.find(second));
        assertEquals(Optional.empty(), log.find(third + 1));
    }

    @Test
    default void failAbandonedMarksRunningOnes() {
        SessionLog log = store().sessions();
        long closed = log.open(new SessionStart("catalog", "a", false, STARTED));
        log.close(closed, new SessionResult(SessionStatus.SUCCEEDED, STARTED.plusSeconds(1), Map.of(), List.of(), 0,
                null));
        long abandoned = log.open(new SessionStart("catalog", "b", false, STARTED.plusSeconds(2)));

        assertEquals(1, log.failAbandoned());

        SessionRecord record = log.recent(1).get(0);
        assertEquals(abandoned, record.id());
        assertEquals(SessionStatus.FAILED, record.status());
        assertEquals("interrupted: the process ended before the import finished", record.error());
        assertNotNull(record.finishedAt());
        assertEquals(SessionStatus.SUCCEEDED, log.recent(2).get(1).status());
        assertEquals(0, log.failAbandoned());
    }
}
