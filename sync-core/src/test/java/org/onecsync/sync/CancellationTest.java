package org.onecsync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onecsync.store.contract.Records.priceType;
import static org.onecsync.store.contract.Records.product;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onecsync.SyncException.Kind;
import org.onecsync.model.CatalogRecord;
import org.onecsync.store.SessionRecord;
import org.onecsync.store.SessionStatus;
import org.onecsync.store.StoredRecord;
import org.onecsync.store.contract.TestExport;

/** A cancelled or interrupted import stops, ends the store's task, rolls back and says "interrupted". */
class CancellationTest {

    private static final String INTERRUPTED = "interrupted: cancelled before it committed";

    private final GuardedStore store = new GuardedStore();
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private List<StoredRecord> before;

    @BeforeEach
    void importACatalog() {
        engine().build().importExport(TestExport.partial(priceType("t1", "Розница"), product("p1", "Tea")).source(),
                ImportOptions.defaults());
        before = dump();
    }

    @AfterEach
    void stopExecutor() throws InterruptedException {
        Thread.interrupted();
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
    }

    private SyncEngine.Builder engine() {
        return SyncEngine.builder(store).parsers(TestExport.parsers());
    }

    private ImportOptions options(boolean threaded) {
        return ImportOptions.defaults().withBatchSize(100).withExecutor(threaded ? executor : null);
    }

    /** Two files of 2,000 products each. */
    private static TestExport large() {
        return TestExport.of().file("goods-1.xml", false, products(0)).file("goods-2.xml", false, products(2000));
    }

    private static CatalogRecord[] products(int from) {
        CatalogRecord[] records = new CatalogRecord[2000];
        for (int i = 0; i < records.length; i++) {
            records[i] = product("n" + (from + i), "New " + (from + i));
        }
        return records;
    }

    private List<StoredRecord> dump() {
        List<StoredRecord> rows = new ArrayList<>();
        store.dump(rows::add);
        return rows;
    }

    private void assertInterrupted(ImportFailedException failure) {
        assertEquals(Kind.INTERRUPTED, failure.kind());
        assertEquals(INTERRUPTED, failure.getMessage());
        SessionRecord session = store.sessions().recent(1).get(0);
        assertEquals(failure.sessionId(), session.id());
        assertEquals(SessionStatus.FAILED, session.status());
        assertEquals(INTERRUPTED, session.error());
        assertEquals(before, dump());
        assertEquals(2, store.changes().lastSeq());
        assertEquals(List.of(), store.violations());
    }

    @ParameterizedTest(name = "with an executor: {0}")
    @ValueSource(booleans = {false, true})
    void aCancelWhileReadingStopsAtTheNextRecordAndRollsBack(boolean threaded) {
        AtomicInteger polls = new AtomicInteger();

        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> engine().build()
                .importExport(large().source(), options(threaded).withCancellation(() -> polls.incrementAndGet() > 1500)));

        assertInterrupted(failure);
        // Polled once per record (and between phases): it stopped at the record after the cancel.
        assertEquals(1501, polls.get());
    }

    @Test
    void aCancelWhileTheTaskIsInsideTheStoreWaitsForTheTaskToLeaveBeforeRollingBack() throws Exception {
        // This test is about the task on the executor: on a busy machine the task may start so late that the
        // importing thread takes the work over, so the importing thread waits (at the 150th record, once the
        // first batch of 100 is queued) until the task is inside the store.
        AtomicInteger polls = new AtomicInteger();
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicBoolean left = new AtomicBoolean();
        SyncEngine engine = engine().listener(event -> {
            if (cancelled.compareAndSet(false, true)) {
                sleep(700);
                left.set(true);
            }
        }).build();

        ImportFailedException failure = assertThrows(ImportFailedException.class,
                () -> engine.importExport(large().source(), options(true).withCancellation(() -> {
                    if (polls.incrementAndGet() == 150) {
                        awaitTaskInStore();
                    }
                    return cancelled.get();
                })));

        assertInterrupted(failure);
        assertTrue(left.get(), "the import ended while its task was still inside the transaction");
        assertEquals(2, store.threads().size(), "the test meant the task to run on the executor");
    }

    @Test
    void aCancelWhileWaitingForTheStoreToFinishStopsTheTask() {
        AtomicInteger changes = new AtomicInteger();
        SyncEngine engine = engine().listener(event -> {
            changes.incrementAndGet();
            sleep(1);
        }).build();

        // The whole export fits in the pipe, so the importing thread is soon waiting for the task, which takes
        // 2 s a batch here; the cancel comes from inside the first batch, whichever thread runs it (a busy
        // machine may start the executor's task so late that the importing thread takes the work over).
        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> engine.importExport(
                large().source(), options(true).withCancellation(() -> changes.get() >= 10)));

        assertInterrupted(failure);
        assertTrue(changes.get() < 4000, changes.get() + " changes: the task was not stopped");
    }

    @ParameterizedTest(name = "with an executor: {0}")
    @ValueSource(booleans = {false, true})
    void anInterruptOfTheImportingThreadCancelsAndTheFlagStaysSet(boolean threaded) {
        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> engine().build()
                .importExport(large().source(), options(threaded).withProgress(progress -> {
                    if (progress.filesDone() == 1) {
                        Thread.currentThread().interrupt();
                    }
                })));

        assertTrue(Thread.interrupted(), "the interrupt flag was cleared");
        assertInterrupted(failure);
    }

    @Test
    void aCancelAfterTheCommitChangesNothing() {
        AtomicBoolean cancelled = new AtomicBoolean();
        SyncEngine engine = engine().subscriber(event -> cancelled.set(true)).build();

        ImportReport report = engine.importExport(TestExport.partial(product("p2", "Coffee")).source(),
                ImportOptions.defaults().withCancellation(cancelled::get));

        assertTrue(cancelled.get());
        assertEquals(SessionStatus.SUCCEEDED, report.status());
        assertEquals(SessionStatus.SUCCEEDED, store.sessions().recent(1).get(0).status());
        assertEquals("Coffee", store.reader().product("p2").orElseThrow().record().name());
    }

    @Test
    void anImportThatIsNeverCancelledPollsWithoutEffect() {
        AtomicInteger polls = new AtomicInteger();

        ImportReport report = engine().build().importExport(large().source(),
                options(true).withCancellation(() -> polls.incrementAndGet() < 0));

        assertEquals(SessionStatus.SUCCEEDED, report.status());
        assertTrue(polls.get() >= 4000, polls.get() + " polls");
        assertFalse(Thread.currentThread().isInterrupted());
    }

    private void awaitTaskInStore() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (store.threads().size() < 2 && System.nanoTime() < deadline) {
            sleep(5);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
