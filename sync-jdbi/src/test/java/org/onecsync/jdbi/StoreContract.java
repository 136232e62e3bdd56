package org.onecsync.jdbi;

import java.time.Instant;
import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onecsync.model.EntityType;
import org.onecsync.store.ChangeEvent;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.MissingPolicy;
import org.onecsync.store.Problem;
import org.onecsync.store.SessionResult;
import org.onecsync.store.SessionStart;
import org.onecsync.store.SessionStatus;
import org.onecsync.store.StagedRecord;
import org.onecsync.store.StoreTransaction;
import org.onecsync.store.StoredRecord;

/** What every contract needs from the database under test, and the import steps the tests repeat. */
interface StoreContract {

    Instant STARTED = Instant.parse("2026-11-22T10:15:30Z");

    /** The store under test, prepared, on a database of this test alone. */
    JdbiCatalogStore store();

    /** Another store on the same database, as a second process would open it. */
    JdbiCatalogStore openStore();

    /** A data source an application would hand over, on the store's database. */
    DataSource dataSource();

    /** A URL of another new, empty database of this test. */
    String freshDatabaseUrl() throws Exception;

    /** Runs a query that returns one number, on the store's database. */
    long sqlLong(String sql) throws Exception;

    /** Runs a statement on a database of this test. */
    void sqlExecute(String url, String sql) throws Exception;

    /** What one import did. */
    record Outcome(long session, Map<EntityType, EntityCounts> counts, List<Problem> problems,
                   List<ChangeEvent> events) {
    }

    default Outcome importRecords(StagedRecord... records) {
        return importRecords(Set.of(), MissingPolicy.KEEP, Arrays.asList(records));
    }

    /** One real import, committed, with its session opened before and closed after as the engine does. */
    default Outcome importRecords(Set<EntityType> complete, MissingPolicy policy, List<StagedRecord> records) {
        long session = store().openSession(new SessionStart("all", "test", false, STARTED));
        List<Problem> problems = new ArrayList<>();
        List<ChangeEvent> events = new ArrayList<>();
        Map<EntityType, EntityCounts> counts;
        try (StoreTransaction transaction = store().begin(session)) {
            transaction.stage(records);
            transaction.resolve(problems::add);
            counts = transaction.apply(complete, policy, events::add);
            transaction.commit();
        }
        store().closeSession(session, new SessionResult(SessionStatus.SUCCEEDED, STARTED.plusSeconds(1), counts,
                problems, problems.size(), null));
        return new Outcome(session, counts, problems, events);
    }

    default List<StoredRecord> dump() {
        List<StoredRecord> rows = new ArrayList<>();
        store().dump(rows::add);
        return rows;
    }

    default StoredRecord stored(EntityType type, String key) {
        return dump().stream().filter(row -> row.entity() == type && row.key().equals(key)).findFirst()
                .orElse(null);
    }
}
