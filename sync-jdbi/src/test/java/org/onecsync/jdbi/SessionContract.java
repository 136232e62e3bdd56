package org.onecsync.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.onecsync.jdbi.Records.counts;
import static org.onecsync.jdbi.Records.product;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onecsync.model.EntityType;
import org.onecsync.store.ChangeListener;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.MissingPolicy;
import org.onecsync.store.Problem;
import org.onecsync.store.SessionRecord;
import org.onecsync.store.SessionResult;
import org.onecsync.store.SessionStart;
import org.onecsync.store.SessionStatus;
import org.onecsync.store.StoreTransaction;

/** The session log, written beside the import's transaction. */
interface SessionContract extends StoreContract {

    @Test
    default void sessionSurvivesRollback() {
        long session = store().openSession(new SessionStart("catalog", "/exports/1", false, STARTED));
        try (StoreTransaction transaction = store().begin(session)) {
            transaction.stage(List.of(product("p1")));
            transaction.resolve(problem -> { });
            transaction.apply(Set.of(), MissingPolicy.KEEP, ChangeListener.NONE);
        }
        store().closeSession(session, new SessionResult(SessionStatus.FAILED, STARTED.plusSeconds(5), Map.of(),
                List.of(), 0, "cannot read the export: broken.xml"));

        assertEquals(List.of(new SessionRecord(session, "catalog", "/exports/1", false, SessionStatus.FAILED,
                STARTED, STARTED.plusSeconds(5), Map.of(), List.of(), 0, "cannot read the export: broken.xml")),
                store().recentSessions(10));
        assertEquals(List.of(), dump());
    }

    @Test
    default void openSessionIsRunningUntilClosed() {
        long session = store().openSession(new SessionStart("prices", "prices.zip", true, STARTED));

        assertEquals(List.of(new SessionRecord(session, "prices", "prices.zip", true, SessionStatus.RUNNING,
                STARTED, null, Map.of(), List.of(), 0, null)), store().recentSessions(5));
    }

    @Test
    default void recentSessionsAreNewestFirstWithCountsAndProblems() {
        long first = store().openSession(new SessionStart("catalog", "a", false, STARTED));
        long second = store().openSession(new SessionStart("offers", "b", false, STARTED.plusSeconds(60)));
        long third = store().openSession(new SessionStart("all", "c", true, STARTED.plusSeconds(120)));
        Map<EntityType, EntityCounts> counts = Map.of(EntityType.PRODUCT, counts(3, 2, 1, 0),
                EntityType.OFFER, new EntityCounts(0, 0, 0, 4, 2));
        List<Problem> problems = List.of(
                new Problem(EntityType.OFFER, "o1", "offers.xml", 10, "offer refers to product x, which the store does not know"),
                new Problem(null, null, null, 0, "something without a record"),
                new Problem(EntityType.OFFER, "o2", "offers.xml", 20, "second"));
        store().closeSession(first, new SessionResult(SessionStatus.SUCCEEDED, STARTED.plusSeconds(1), Map.of(),
                List.of(), 0, null));
        store().closeSession(second, new SessionResult(SessionStatus.PARTIAL, STARTED.plusSeconds(61), counts,
                problems, 5, null));

        List<SessionRecord> recent = store().recentSessions(2);

        assertEquals(List.of(
                new SessionRecord(third, "all", "c", true, SessionStatus.RUNNING, STARTED.plusSeconds(120), null,
                        Map.of(), List.of(), 0, null),
                new SessionRecord(second, "offers", "b", false, SessionStatus.PARTIAL, STARTED.plusSeconds(60),
                        STARTED.plusSeconds(61), counts, problems, 5, null)), recent);
        assertEquals(List.of(third, second, first),
                store().recentSessions(10).stream().map(SessionRecord::id).toList());
    }

    @Test
    default void failAbandonedSessionsMarksRunningOnes() {
        long closed = store().openSession(new SessionStart("catalog", "a", false, STARTED));
        store().closeSession(closed, new SessionResult(SessionStatus.SUCCEEDED, STARTED.plusSeconds(1), Map.of(),
                List.of(), 0, null));
        long abandoned = store().openSession(new SessionStart("catalog", "b", false, STARTED.plusSeconds(2)));

        assertEquals(1, store().failAbandonedSessions());

        SessionRecord record = store().recentSessions(1).get(0);
        assertEquals(abandoned, record.id());
        assertEquals(SessionStatus.FAILED, record.status());
        assertEquals("interrupted: the process ended before the import finished", record.error());
        assertNotNull(record.finishedAt());
        assertEquals(SessionStatus.SUCCEEDED, store().recentSessions(2).get(1).status());
        assertEquals(0, store().failAbandonedSessions());
    }
}
