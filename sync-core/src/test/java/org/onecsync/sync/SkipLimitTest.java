package org.onecsync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onecsync.store.contract.Records.offer;
import static org.onecsync.store.contract.Records.price;
import static org.onecsync.store.contract.Records.priceType;
import static org.onecsync.store.contract.Records.product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecsync.SyncException.Kind;
import org.onecsync.model.CatalogRecord;
import org.onecsync.store.SessionRecord;
import org.onecsync.store.SessionStatus;
import org.onecsync.store.StoredRecord;
import org.onecsync.store.contract.TestExport;

/** A skip limit turns a mass skip into a failed, rolled-back import of its own kind. */
class SkipLimitTest {

    private final GuardedStore store = new GuardedStore();

    /** Six records read: a price type, a product and four offers, three of whose products are unknown. */
    private static TestExport halfSkipped() {
        return TestExport.partial(priceType("t1", "Розница"), product("p1", "Tea"), offer("zz1", "a", "Orphan 1"),
                offer("p1", "a", "Tea 100 g"), offer("zz2", "a", "Orphan 2"), offer("zz3", "a", "Orphan 3"));
    }

    private ImportReport run(TestExport export, ImportOptions options) {
        return SyncEngine.builder(store).parsers(TestExport.parsers()).build().importExport(export.source(), options);
    }

    private List<StoredRecord> dump() {
        List<StoredRecord> rows = new ArrayList<>();
        store.dump(rows::add);
        return rows;
    }

    @Test
    void moreSkipsThanTheCountRollBackWithTheirKindAndTheFirstProblem() {
        ImportFailedException failure = assertThrows(ImportFailedException.class,
                () -> run(halfSkipped(), ImportOptions.defaults().withSkipLimit(SkipLimit.count(2))));

        String message = "3 of 6 records skipped, more than the limit of 2; rolled back. First: partial.xml:3 offer"
                + " refers to product zz1, which the store does not know";
        assertEquals(Kind.TOO_MANY_SKIPPED, failure.kind());
        assertEquals(message, failure.getMessage());
        SessionRecord session = store.sessions().recent(1).get(0);
        assertEquals(SessionStatus.FAILED, session.status());
        assertEquals(message, session.error());
        assertEquals(3, session.problemCount());
        assertEquals(List.of(), dump());
        assertEquals(0, store.changes().lastSeq());
    }

    @Test
    void asManySkipsAsTheLimitCommitAsPartial() {
        ImportReport report = run(halfSkipped(), ImportOptions.defaults().withSkipLimit(SkipLimit.count(3)));

        assertEquals(SessionStatus.PARTIAL, report.status());
        assertEquals(3, report.problemCount());
        assertTrue(store.reader().product("p1").isPresent());
    }

    @Test
    void aPercentageIsOfTheRecordsRead() {
        ImportReport atLimit = run(halfSkipped(), ImportOptions.defaults().withSkipLimit(SkipLimit.parse("50%")));
        assertEquals(SessionStatus.PARTIAL, atLimit.status());

        ImportFailedException over = assertThrows(ImportFailedException.class,
                () -> run(halfSkipped(), ImportOptions.defaults().withSkipLimit(SkipLimit.parse("49.9%"))));
        assertTrue(over.getMessage().startsWith("3 of 6 records skipped, more than the limit of 49.9%; rolled back."),
                over.getMessage());
    }

    @Test
    void recordsOfOtherKindsAreNotReadForTheLimit() {
        List<CatalogRecord> records = new ArrayList<>(List.of(priceType("t1", "Розница"), product("p1", "Tea"),
                offer("zz1", "a", "Orphan 1"), offer("zz2", "a", "Orphan 2")));
        for (int i = 0; i < 10; i++) {
            records.add(price("p1", null, "t1", Integer.toString(i)));
        }

        // Two of four catalog records skipped is 50 %; counting the ten ignored prices it would be 14 %.
        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> run(
                TestExport.partial(records.toArray(CatalogRecord[]::new)),
                ImportOptions.defaults().withKind(ImportKind.CATALOG).withSkipLimit(SkipLimit.parse("40%"))));

        assertTrue(failure.getMessage().startsWith("2 of 4 records skipped"), failure.getMessage());
    }

    @Test
    void aDryRunOverTheLimitFailsTheSame() {
        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> run(halfSkipped(),
                ImportOptions.defaults().withDryRun(true).withSkipLimit(SkipLimit.count(0))));

        assertEquals(Kind.TOO_MANY_SKIPPED, failure.kind());
        assertEquals(SessionStatus.FAILED, store.sessions().recent(1).get(0).status());
        assertTrue(store.sessions().recent(1).get(0).dryRun());
    }

    @Test
    void withoutALimitEverySkipIsReportedAndTheImportCommits() {
        ImportReport report = run(halfSkipped(), ImportOptions.defaults());

        assertEquals(SessionStatus.PARTIAL, report.status());
        assertEquals(SkipLimit.none(), ImportOptions.defaults().skipLimit());
    }

    @Test
    void limitsAreReadAndShownAsPeopleWriteThem() {
        assertEquals(SkipLimit.count(100), SkipLimit.parse(" 100 "));
        assertEquals("100", SkipLimit.parse("100").toString());
        assertEquals("5%", SkipLimit.parse("5%").toString());
        assertEquals("2.5%", SkipLimit.parse("2.50 %").toString());
        assertEquals("none", SkipLimit.none().toString());
        assertEquals("'abc' is neither a count (100) nor a percentage (5%)",
                assertThrows(IllegalArgumentException.class, () -> SkipLimit.parse("abc")).getMessage());
        assertEquals("'-1': a count of skipped records must not be negative, not -1",
                assertThrows(IllegalArgumentException.class, () -> SkipLimit.parse("-1")).getMessage());
        assertEquals("'101%': maxPercent must be between 0 and 100, not 101",
                assertThrows(IllegalArgumentException.class, () -> SkipLimit.parse("101%")).getMessage());
    }

    @Test
    void aLimitIsExceededOnlyByMoreSkipsThanItAllows() {
        assertFalse(SkipLimit.count(0).exceeded(0, 10));
        assertTrue(SkipLimit.count(0).exceeded(1, 10));
        assertFalse(SkipLimit.percent(new BigDecimal("10")).exceeded(1, 10));
        assertTrue(SkipLimit.percent(new BigDecimal("10")).exceeded(2, 10));
        assertFalse(SkipLimit.percent(BigDecimal.ZERO).exceeded(0, 0));
        assertFalse(SkipLimit.none().exceeded(1_000_000, 1_000_000));
    }
}
