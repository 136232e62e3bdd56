package org.onecsync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onecsync.store.contract.Records.price;
import static org.onecsync.store.contract.Records.priceType;
import static org.onecsync.store.contract.Records.product;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.onecsync.SyncException;
import org.onecsync.SyncException.Kind;
import org.onecsync.model.CatalogRecord;
import org.onecsync.source.ExportFile;
import org.onecsync.source.ExportSource;
import org.onecsync.store.ChangeListener;
import org.onecsync.store.SessionRecord;
import org.onecsync.store.SessionStatus;
import org.onecsync.store.StoredRecord;
import org.onecsync.store.contract.TestExport;
import org.onecsync.store.memory.InMemoryCatalogStore;
import org.onecsync.sync.ImportJob.State;
import org.onecsync.sync.ImportJob.Status;

/** An import started with {@link SyncEngine#start} runs on the caller's executor and reports how it goes. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ImportJobTest {

    private static final Duration LONG = Duration.ofSeconds(10);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T05:00:00Z"), ZoneOffset.UTC);

    private final InMemoryCatalogStore store = new InMemoryCatalogStore();
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final CountDownLatch gate = new CountDownLatch(1);

    @AfterEach
    void stopExecutor() throws InterruptedException {
        gate.countDown();
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
        store.close();
    }

    private static SyncEngine engine(InMemoryCatalogStore store) {
        return SyncEngine.builder(store).parsers(TestExport.parsers().with(new ThrowingParser())).clock(CLOCK).build();
    }

    /** Two files: a price type and three products, then two more products. */
    private static TestExport twoFiles() {
        return TestExport.of()
                .file("goods-1.xml", false, priceType("t1", "Розница"), product("p1", "Tea"), product("p2", "Coffee"),
                        product("p3", "Cocoa"))
                .file("goods-2.xml", false, product("p4", "Milk"), product("p5", "Sugar"));
    }

    private static TestExport products(int count) {
        CatalogRecord[] records = new CatalogRecord[count];
        for (int i = 0; i < count; i++) {
            records[i] = product("n" + i, "New " + i);
        }
        return TestExport.of().file("goods.xml", false, records);
    }

    private List<StoredRecord> dump() {
        List<StoredRecord> rows = new ArrayList<>();
        store.dump(rows::add);
        return rows;
    }

    /** Occupies the single thread until {@link #gate} opens, so that the next task stays queued. */
    private void holdTheExecutor() {
        executor.execute(() -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Test
    void aSucceededJobReportsWhatImportExportGivesAndTheCallersProgressHearsEveryCall() throws Exception {
        InMemoryCatalogStore direct = new InMemoryCatalogStore();
        List<ImportProgress> directProgress = new ArrayList<>();
        ImportReport expected = engine(direct).importExport(twoFiles().source(),
                ImportOptions.defaults().withProgress(directProgress::add));
        List<ImportProgress> jobProgress = new CopyOnWriteArrayList<>();
        Closing source = new Closing(twoFiles().source());

        ImportJob job = engine(store).start(source, ImportOptions.defaults().withProgress(jobProgress::add), executor);
        Status status = job.await(LONG);

        assertEquals(State.SUCCEEDED, status.state());
        assertEquals(expected, status.report());
        assertNull(status.failure());
        assertEquals(expected.sessionId(), status.sessionId());
        assertEquals("committing", status.phase());
        assertEquals(100, status.percent());
        assertEquals(6, status.records());
        assertEquals(directProgress, jobProgress);
        assertEquals(4, jobProgress.size());
        List<StoredRecord> expectedRows = new ArrayList<>();
        direct.dump(expectedRows::add);
        assertEquals(expectedRows, dump());
        assertEquals(1, source.closes.get());
        assertSame(status, job.status());
    }

    @Test
    void theStatusMovesFromQueuedThroughRunningToSucceededWithTheSessionKnownFromTheStart() throws Exception {
        holdTheExecutor();
        AtomicReference<ImportJob> started = new AtomicReference<>();
        List<Status> seen = new CopyOnWriteArrayList<>();

        ImportJob job = engine(store).start(twoFiles().source(),
                ImportOptions.defaults().withProgress(progress -> seen.add(started.get().status())), executor);
        started.set(job);

        Status queued = job.status();
        assertEquals(new Status(State.QUEUED, null, 0, 0, -1, null, null), queued);
        assertFalse(queued.finished());
        gate.countDown();
        Status end = job.await(LONG);

        long session = end.report().sessionId();
        assertEquals(List.of(
                new Status(State.RUNNING, "reading", 0, 0, session, null, null),
                new Status(State.RUNNING, "reading", 50, 4, session, null, null),
                new Status(State.RUNNING, "applying", 100, 6, session, null, null),
                new Status(State.RUNNING, "committing", 100, 6, session, null, null)), seen);
        assertEquals(new Status(State.SUCCEEDED, "committing", 100, 6, session, end.report(), null), end);
        assertTrue(end.finished());
        assertEquals(SessionStatus.SUCCEEDED, store.sessions().recent(1).get(0).status());
    }

    @Test
    void aFailingImportEndsFailedWithItsKindAndSessionAndClosesTheSource() throws Exception {
        Closing source = new Closing(TestExport.of().raw("broken.xml", ThrowingParser.file("parse")).source());

        Status status = engine(store).start(source, ImportOptions.defaults(), executor).await(LONG);

        assertEquals(State.FAILED, status.state());
        ImportFailedException failure = assertInstanceOf(ImportFailedException.class, status.failure());
        assertEquals(Kind.BAD_INPUT, failure.kind());
        assertEquals(failure.sessionId(), status.sessionId());
        SessionRecord session = store.sessions().recent(1).get(0);
        assertEquals(failure.sessionId(), session.id());
        assertEquals(SessionStatus.FAILED, session.status());
        assertNull(status.report());
        assertEquals(1, source.closes.get());
    }

    @Test
    void aFailureBeforeTheSessionOpensKeepsItsKindWithoutASession() throws Exception {
        Status status = engine(store).start(TestExport.partial(price("p1", null, "t1", "10")).source(),
                ImportOptions.defaults().withKind(ImportKind.PRICES), executor).await(LONG);

        assertEquals(State.FAILED, status.state());
        assertInstanceOf(CatalogMissingException.class, status.failure());
        assertEquals(Kind.CATALOG_MISSING, status.failure().kind());
        assertEquals(-1, status.sessionId());
        assertEquals(List.of(), store.sessions().recent(1));
    }

    @Test
    void aCancelWhileRunningEndsCancelledWithNothingCommitted() throws Exception {
        engine(store).importExport(twoFiles().source(), ImportOptions.defaults());
        List<StoredRecord> before = dump();
        CountDownLatch inside = new CountDownLatch(1);
        Closing source = new Closing(products(500).source());
        SyncEngine engine = SyncEngine.builder(store).parsers(TestExport.parsers()).clock(CLOCK)
                .listener(blockOnFirstChange(inside)).build();

        ImportJob job = engine.start(source, ImportOptions.defaults().withBatchSize(100), executor);
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        job.cancel();
        gate.countDown();
        Status status = job.await(LONG);

        assertEquals(State.CANCELLED, status.state());
        ImportFailedException failure = assertInstanceOf(ImportFailedException.class, status.failure());
        assertEquals(Kind.INTERRUPTED, failure.kind());
        assertEquals("interrupted: cancelled before it committed", failure.getMessage());
        assertEquals(failure.sessionId(), status.sessionId());
        assertEquals(SessionStatus.FAILED, store.sessions().recent(1).get(0).status());
        assertEquals(before, dump());
        assertEquals(1, source.closes.get());
    }

    @Test
    void awaitWithAShortTimeoutOnABlockedJobReturnsItRunning() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        SyncEngine engine = SyncEngine.builder(store).parsers(TestExport.parsers()).clock(CLOCK)
                .listener(blockOnFirstChange(inside)).build();
        ImportJob job = engine.start(products(10).source(), ImportOptions.defaults(), executor);
        assertTrue(inside.await(10, TimeUnit.SECONDS));

        Status waited = job.await(Duration.ofMillis(50));

        assertEquals(State.RUNNING, waited.state());
        assertEquals(store.sessions().recent(1).get(0).id(), waited.sessionId());
        assertFalse(waited.finished());
        assertEquals(State.RUNNING, job.await(Duration.ZERO).state());
        gate.countDown();
        assertEquals(State.SUCCEEDED, job.await(LONG).state());
    }

    @Test
    void aCancelWhileQueuedEndsTheJobAtOnceAndItNeverRuns() throws Exception {
        holdTheExecutor();
        Closing source = new Closing(twoFiles().source());
        ImportJob job = engine(store).start(source, ImportOptions.defaults(), executor);

        job.cancel();
        Status status = job.await(Duration.ZERO);
        gate.countDown();
        executor.shutdown();
        assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));

        assertEquals(State.CANCELLED, status.state());
        assertEquals(Kind.INTERRUPTED, status.failure().kind());
        assertEquals("interrupted: cancelled before it started", status.failure().getMessage());
        assertEquals(-1, status.sessionId());
        assertSame(status, job.status());
        assertEquals(List.of(), store.sessions().recent(1));
        assertEquals(1, source.closes.get());
    }

    @Test
    void theCallersOwnCancellationStillAppliesAndEndsTheJobFailed() throws Exception {
        Status status = engine(store).start(twoFiles().source(),
                ImportOptions.defaults().withCancellation(() -> true), executor).await(LONG);

        assertEquals(State.FAILED, status.state());
        assertEquals(Kind.INTERRUPTED, status.failure().kind());
        assertEquals(List.of(), dump());
    }

    @Test
    void aCancelAfterTheJobEndedChangesNothing() throws Exception {
        ImportJob job = engine(store).start(twoFiles().source(), ImportOptions.defaults(), executor);
        Status end = job.await(LONG);

        job.cancel();

        assertEquals(State.SUCCEEDED, end.state());
        assertSame(end, job.status());
    }

    @Test
    void anExecutorThatRefusesTheTaskMakesStartThrowAndClosesTheSource() {
        executor.shutdown();
        Closing source = new Closing(twoFiles().source());

        RejectedExecutionException refused = assertThrows(RejectedExecutionException.class,
                () -> engine(store).start(source, ImportOptions.defaults(), executor));

        assertTrue(refused.getMessage().startsWith("cannot start the import of test export: the executor refused"),
                refused.getMessage());
        assertEquals(1, source.closes.get());
        assertEquals(List.of(), store.sessions().recent(1));
    }

    @Test
    void aProgressCallbackThatThrowsFailsTheJobLikeTheImport() throws Exception {
        AtomicBoolean thrown = new AtomicBoolean();
        Status status = engine(store).start(twoFiles().source(), ImportOptions.defaults().withProgress(progress -> {
            thrown.set(true);
            throw new IllegalStateException("progress bug");
        }), executor).await(LONG);

        assertTrue(thrown.get());
        assertEquals(State.FAILED, status.state());
        assertInstanceOf(SyncException.class, status.failure());
        assertEquals(Kind.INTERNAL, status.failure().kind());
        assertEquals(List.of(), dump());
    }

    /** A listener whose first change says so and then waits for {@link #gate}. */
    private ChangeListener blockOnFirstChange(CountDownLatch inside) {
        AtomicBoolean first = new AtomicBoolean(true);
        return event -> {
            if (first.compareAndSet(true, false)) {
                inside.countDown();
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    /** A source that counts how often it was closed. */
    private static final class Closing implements ExportSource {
        private final ExportSource source;
        private final AtomicInteger closes = new AtomicInteger();

        Closing(ExportSource source) {
            this.source = source;
        }

        @Override
        public String description() {
            return source.description();
        }

        @Override
        public List<ExportFile> files() {
            return source.files();
        }

        @Override
        public void close() {
            closes.incrementAndGet();
        }
    }
}
