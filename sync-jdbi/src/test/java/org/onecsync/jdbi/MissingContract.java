package org.onecsync.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onecsync.jdbi.Records.counts;
import static org.onecsync.jdbi.Records.deleted;
import static org.onecsync.jdbi.Records.offer;
import static org.onecsync.jdbi.Records.product;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onecsync.model.EntityType;
import org.onecsync.store.ChangeEvent;
import org.onecsync.store.ChangeKind;
import org.onecsync.store.MissingPolicy;
import org.onecsync.store.Problem;
import org.onecsync.store.StagedRecord;
import org.onecsync.store.StoredRecord;

/** Deletion marks, and what a full package does to the rows it left out. */
interface MissingContract extends StoreContract {

    @Test
    default void deletionMarkDeactivatesStoredRow() {
        importRecords(product("p1"));

        Outcome outcome = importRecords(deleted(product("p1", "gone")));

        assertEquals(Map.of(EntityType.PRODUCT, counts(0, 0, 0, 1)), outcome.counts());
        assertEquals(List.of(new ChangeEvent(EntityType.PRODUCT, "p1", ChangeKind.DELETED)), outcome.events());
        assertEquals(new StoredRecord(EntityType.PRODUCT, "p1", false, "{\"id\":\"p1\",\"name\":\"gone\"}"),
                stored(EntityType.PRODUCT, "p1"));
    }

    @Test
    default void deactivatesMissingRowsOfCompleteEntityOnly() {
        importRecords(product("p1"), product("p2"), offer("p1#a", "p1"), offer("p2#b", "p2"));

        Outcome outcome = importRecords(Set.of(EntityType.PRODUCT), MissingPolicy.DEACTIVATE,
                List.of(product("p1"), offer("p1#a", "p1")));

        assertEquals(Map.of(EntityType.PRODUCT, counts(0, 0, 1, 1), EntityType.OFFER, counts(0, 0, 1, 0)),
                outcome.counts());
        assertEquals(List.of(new ChangeEvent(EntityType.PRODUCT, "p2", ChangeKind.DELETED)), outcome.events());
        assertEquals(false, stored(EntityType.PRODUCT, "p2").active());
        assertEquals(true, stored(EntityType.OFFER, "p2#b").active());
    }

    @Test
    default void deactivateCountsOnlyActiveMissingRows() {
        importRecords(product("p1"), deleted(product("p2")), product("p3"));

        Outcome outcome = importRecords(Set.of(EntityType.PRODUCT), MissingPolicy.DEACTIVATE,
                List.of(product("p1")));

        assertEquals(Map.of(EntityType.PRODUCT, counts(0, 0, 1, 1)), outcome.counts());
        assertEquals(List.of(new ChangeEvent(EntityType.PRODUCT, "p3", ChangeKind.DELETED)), outcome.events());
    }

    @Test
    default void deletesMissingRowsUnderDeletePolicy() {
        importRecords(product("p1"), deleted(product("p2")), product("p3"), offer("p3#a", "p3"));

        Outcome outcome = importRecords(Set.of(EntityType.PRODUCT), MissingPolicy.DELETE, List.of(product("p1")));

        assertEquals(Map.of(EntityType.PRODUCT, counts(0, 0, 1, 2)), outcome.counts());
        assertEquals(List.of(new ChangeEvent(EntityType.PRODUCT, "p2", ChangeKind.DELETED),
                new ChangeEvent(EntityType.PRODUCT, "p3", ChangeKind.DELETED)), outcome.events());
        assertEquals(List.of(new StoredRecord(EntityType.OFFER, "p3#a", true, "{\"id\":\"p3#a\"}"),
                new StoredRecord(EntityType.PRODUCT, "p1", true, "{\"id\":\"p1\",\"name\":\"Product p1\"}")), dump());
    }

    @Test
    default void keepPolicyLeavesMissingRows() {
        importRecords(product("p1"), product("p2"));

        Outcome outcome = importRecords(Set.of(EntityType.PRODUCT), MissingPolicy.KEEP, List.of(product("p1")));

        assertEquals(Map.of(EntityType.PRODUCT, counts(0, 0, 1, 0)), outcome.counts());
        assertEquals(true, stored(EntityType.PRODUCT, "p2").active());
    }

    @Test
    default void partialPackageRemovesNothing() {
        importRecords(product("p1"), product("p2"));

        Outcome outcome = importRecords(Set.of(), MissingPolicy.DELETE, List.of(product("p1")));

        assertEquals(Map.of(EntityType.PRODUCT, counts(0, 0, 1, 0)), outcome.counts());
        assertEquals(2, dump().size());
    }

    @Test
    default void completeEntityWithNothingStagedLosesAllItsRows() {
        importRecords(product("p1"), Records.warehouse("w1"), Records.warehouse("w2"));

        Outcome outcome = importRecords(Set.of(EntityType.WAREHOUSE), MissingPolicy.DEACTIVATE,
                List.of(product("p1")));

        assertEquals(Map.of(EntityType.PRODUCT, counts(0, 0, 1, 0), EntityType.WAREHOUSE, counts(0, 0, 0, 2)),
                outcome.counts());
    }

    @Test
    default void deactivatedRowComesBackWhenSentAgain() {
        importRecords(product("p1"), product("p2"));
        importRecords(Set.of(EntityType.PRODUCT), MissingPolicy.DEACTIVATE, List.of(product("p1")));

        Outcome outcome = importRecords(product("p1"), product("p2"));

        assertEquals(Map.of(EntityType.PRODUCT, counts(0, 1, 1, 0)), outcome.counts());
        assertEquals(List.of(new ChangeEvent(EntityType.PRODUCT, "p2", ChangeKind.UPDATED)), outcome.events());
        assertEquals(true, stored(EntityType.PRODUCT, "p2").active());
    }

    @Test
    default void droppedRowOfCompleteEntityCountsAsMissing() {
        importRecords(product("p1"), offer("p1#a", "p1"), offer("p1#b", "p1"));

        Outcome outcome = importRecords(Set.of(EntityType.OFFER), MissingPolicy.DELETE,
                List.of(offer("p1#a", "unknown"), offer("p1#b", "p1")));

        assertEquals(Map.of(EntityType.OFFER, counts(0, 0, 1, 1)), outcome.counts());
        assertEquals(List.of(new Problem(EntityType.OFFER, "p1#a", Records.FILE, 1,
                "offer refers to product unknown, which the store does not know")), outcome.problems());
        assertEquals(List.of(new ChangeEvent(EntityType.OFFER, "p1#a", ChangeKind.DELETED)), outcome.events());
        assertEquals(null, stored(EntityType.OFFER, "p1#a"));
    }

    @Test
    default void eventsComeEntityByEntityWithMissingRowsAfterTheStagedOnes() {
        List<StagedRecord> first = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            first.add(product("p" + i));
        }
        first.add(product("gone"));
        first.add(offer("old#1", "p0"));
        importRecords(first.toArray(StagedRecord[]::new));
        List<StagedRecord> second = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            second.add(offer("p" + i % 1200 + "#" + i, "p" + i % 1200));
        }
        for (int i = 0; i < 1200; i++) {
            second.add(product("p" + i, "renamed " + i));
        }

        // More events than one fetch, so the missing rows are queried while the stream is still open.
        Outcome outcome = importRecords(Set.of(EntityType.PRODUCT, EntityType.OFFER), MissingPolicy.DEACTIVATE,
                second);

        List<ChangeEvent> events = outcome.events();
        assertEquals(1200 + 1 + 1500 + 1, events.size());
        assertEquals(new ChangeEvent(EntityType.PRODUCT, "p0", ChangeKind.UPDATED), events.get(0));
        assertEquals(new ChangeEvent(EntityType.PRODUCT, "p1199", ChangeKind.UPDATED), events.get(1199));
        assertEquals(new ChangeEvent(EntityType.PRODUCT, "gone", ChangeKind.DELETED), events.get(1200));
        assertEquals(new ChangeEvent(EntityType.OFFER, "p0#0", ChangeKind.CREATED), events.get(1201));
        assertEquals(new ChangeEvent(EntityType.OFFER, "p299#1499", ChangeKind.CREATED), events.get(2700));
        assertEquals(new ChangeEvent(EntityType.OFFER, "old#1", ChangeKind.DELETED), events.get(2701));
        assertEquals(Map.of(EntityType.PRODUCT, counts(0, 1200, 0, 1), EntityType.OFFER, counts(1500, 0, 0, 1)),
                outcome.counts());
    }
}
