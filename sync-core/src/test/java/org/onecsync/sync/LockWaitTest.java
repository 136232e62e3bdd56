package org.onecsync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onecsync.store.contract.Records.product;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.onecsync.SyncException;
import org.onecsync.store.ImportLock;
import org.onecsync.store.contract.TestExport;
import org.onecsync.store.memory.InMemoryCatalogStore;

/** An import told to wait for the import lock ({@link ImportOptions#withLockWait}) waits, cancellably, then runs. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LockWaitTest {

    private static final Duration LONG = Duration.ofSeconds(20);

    private final InMemoryCatalogStore store = new InMemoryCatalogStore();
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final SyncEngine engine = SyncEngine.builder(store).parsers(TestExport.parsers()).build();

    @AfterEach
    void stop() throws InterruptedException {
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
        store.close();
    }

    private static TestExport tea() {
        return TestExport.partial(product("p1", "Tea"));
    }

    @Test
    void anImportWaitingForTheLockSaysSoAndRunsOnceTheOtherImportHasReleasedIt() throws Exception {
        ImportJob job;
        try (ImportLock other = store.lock()) {
            job = engine.start(tea().source(), ImportOptions.defaults().withLockWait(LONG), executor);
            awaitPhase(job, ImportOptions.WAITING_PHASE);
            assertEquals(ImportJob.State.RUNNING, job.status().state());
        }
        ImportJob.Status end = job.await(LONG);
        assertEquals(ImportJob.State.SUCCEEDED, end.state(), String.valueOf(end.failure()));
        assertEquals("Tea", store.reader().product("p1").orElseThrow().record().name());
    }

    @Test
    void importsWaitingForTheLockGetItInTheOrderTheyCame() throws Exception {
        ExecutorService more = Executors.newCachedThreadPool();
        try {
            ImportJob first;
            ImportJob second;
            try (ImportLock other = store.lock()) {
                first = engine.start(tea().source(), ImportOptions.defaults().withLockWait(LONG), executor);
                awaitPhase(first, ImportOptions.WAITING_PHASE);
                second = engine.start(TestExport.partial(product("p2", "Coffee")).source(),
                        ImportOptions.defaults().withLockWait(LONG), more);
                awaitPhase(second, ImportOptions.WAITING_PHASE);
            }
            ImportJob.Status one = first.await(LONG);
            ImportJob.Status two = second.await(LONG);
            assertEquals(ImportJob.State.SUCCEEDED, one.state(), String.valueOf(one.failure()));
            assertEquals(ImportJob.State.SUCCEEDED, two.state(), String.valueOf(two.failure()));
            assertTrue(one.sessionId() < two.sessionId(), one.sessionId() + " then " + two.sessionId());
        } finally {
            more.shutdownNow();
            assertTrue(more.awaitTermination(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void anImportThatWaitedInVainFailsAsLocked() {
        try (ImportLock other = store.lock()) {
            SyncException failure = org.junit.jupiter.api.Assertions.assertThrows(SyncException.class,
                    () -> engine.importExport(tea().source(), ImportOptions.defaults()
                            .withLockWait(Duration.ofMillis(300))));
            assertEquals(SyncException.Kind.LOCKED, failure.kind());
        }
    }

    @Test
    void aCancelEndsTheWaitAndNothingIsImported() throws Exception {
        AtomicBoolean cancelled = new AtomicBoolean();
        try (ImportLock other = store.lock()) {
            ImportJob job = engine.start(tea().source(), ImportOptions.defaults().withLockWait(LONG)
                    .withCancellation(cancelled::get), executor);
            awaitPhase(job, ImportOptions.WAITING_PHASE);
            cancelled.set(true);
            ImportJob.Status end = job.await(LONG);
            assertTrue(end.finished());
            assertEquals(SyncException.Kind.INTERRUPTED, end.failure().kind());
        }
        assertFalse(store.reader().product("p1").isPresent());
    }

    @Test
    void withoutAWaitALockedImportFailsAtOnce() {
        try (ImportLock other = store.lock()) {
            SyncException failure = org.junit.jupiter.api.Assertions.assertThrows(SyncException.class,
                    () -> engine.importExport(tea().source(), ImportOptions.defaults()));
            assertEquals(SyncException.Kind.LOCKED, failure.kind());
        }
    }

    private static void awaitPhase(ImportJob job, String phase) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!phase.equals(job.status().phase()) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(phase, job.status().phase());
    }
}
