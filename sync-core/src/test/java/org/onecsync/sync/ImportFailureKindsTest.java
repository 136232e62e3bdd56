package org.onecsync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onecsync.store.contract.Records.priceType;
import static org.onecsync.store.contract.Records.product;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onecsync.SyncException;
import org.onecsync.SyncException.Kind;
import org.onecsync.store.SessionRecord;
import org.onecsync.store.SessionStatus;
import org.onecsync.store.StoreException;
import org.onecsync.store.StoredRecord;
import org.onecsync.store.contract.TestExport;

/** Every way an import can fail surfaces with the kind that tells a caller what failed. */
class ImportFailureKindsTest {

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
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
    }

    private SyncEngine.Builder engine() {
        return SyncEngine.builder(store).parsers(TestExport.parsers().with(new ThrowingParser()));
    }

    private ImportOptions options(boolean threaded) {
        return ImportOptions.defaults().withExecutor(threaded ? executor : null);
    }

    private static TestExport changes() {
        return TestExport.partial(product("p1", "Green tea"), product("p2", "Coffee"));
    }

    private List<StoredRecord> dump() {
        List<StoredRecord> rows = new ArrayList<>();
        store.dump(rows::add);
        return rows;
    }

    /** The failure's kind and message, the session closed as failed with the same message, nothing written. */
    private void assertFailed(ImportFailedException failure, Kind kind, String message) {
        assertEquals(kind, failure.kind());
        assertEquals(message, failure.getMessage());
        SessionRecord session = store.sessions().recent(1).get(0);
        assertEquals(failure.sessionId(), session.id());
        assertEquals(SessionStatus.FAILED, session.status());
        assertEquals(message, session.error());
        assertEquals(before, dump());
        assertEquals(2, store.changes().lastSeq());
        assertEquals(List.of(), store.violations());
    }

    @ParameterizedTest(name = "with an executor: {0}")
    @ValueSource(booleans = {false, true})
    void aListenerThatThrowsFailsAsTheListenersWithItsMessage(boolean threaded) {
        SyncEngine engine = engine().listener(event -> {
            throw new IllegalStateException("no room for " + event.key().text());
        }).build();

        ImportFailedException failure = assertThrows(ImportFailedException.class,
                () -> engine.importExport(changes().source(), options(threaded)));

        assertFailed(failure, Kind.LISTENER,
                "a change listener failed: IllegalStateException: no room for p1 (on products p1)");
        assertInstanceOf(IllegalStateException.class, failure.getCause().getCause());
    }

    @ParameterizedTest(name = "with an executor: {0}")
    @ValueSource(booleans = {false, true})
    void aStoreThatFailsFailsAsTheStoresOnWhicheverThreadItFailed(boolean threaded) {
        store.failOn("insert", () -> new StoreException("the database failed: disk full", null));

        ImportFailedException failure = assertThrows(ImportFailedException.class,
                () -> engine().build().importExport(changes().source(), options(threaded)));

        assertFailed(failure, Kind.STORE, "the database failed: disk full");
    }

    @Test
    void aStoreFailureWrappedInAnotherExceptionIsStillTheStores() {
        store.failOn("lookup", () -> new IllegalStateException("wrapped",
                new StoreException("the database failed: connection reset", null)));

        ImportFailedException failure = assertThrows(ImportFailedException.class,
                () -> engine().build().importExport(changes().source(), ImportOptions.defaults()));

        assertFailed(failure, Kind.STORE, "the database failed: connection reset");
    }

    @Test
    void aMalformedFileIsBadInputNamingFileLineAndColumn() {
        TestExport export = changes().raw("broken.xml", ThrowingParser.file("parse"));

        ImportFailedException failure = assertThrows(ImportFailedException.class,
                () -> engine().build().importExport(export.source(), ImportOptions.defaults()));

        assertFailed(failure, Kind.BAD_INPUT, "broken.xml, line 3, column 7: malformed XML: unexpected '<'");
    }

    @Test
    void aFileThatCannotBeReadIsBadInput() {
        TestExport export = changes().raw("unreadable.xml", ThrowingParser.file("io"));

        ImportFailedException failure = assertThrows(ImportFailedException.class,
                () -> engine().build().importExport(export.source(), ImportOptions.defaults()));

        assertFailed(failure, Kind.BAD_INPUT, "cannot read the export: IOException: disk read error");
    }

    @Test
    void anUncheckedReadErrorOfTheStoreSideIsBadInputToo() {
        store.failOn("lookup", () -> new UncheckedIOException(new java.io.IOException("stream closed")));

        ImportFailedException failure = assertThrows(ImportFailedException.class,
                () -> engine().build().importExport(changes().source(), ImportOptions.defaults()));

        assertFailed(failure, Kind.BAD_INPUT, "cannot read the export: IOException: stream closed");
    }

    @Test
    void aBugIsInternalAndTheMessageSaysSo() {
        TestExport export = changes().raw("bug.xml", ThrowingParser.file("npe"));

        ImportFailedException failure = assertThrows(ImportFailedException.class,
                () -> engine().build().importExport(export.source(), ImportOptions.defaults()));

        assertEquals(Kind.INTERNAL, failure.kind());
        assertTrue(failure.getMessage().startsWith("internal error, a bug in onec-sync (please report it): "
                + "NullPointerException: a parser bug at org.onecsync.sync.ThrowingParser"), failure.getMessage());
        assertFailed(failure, Kind.INTERNAL, failure.getMessage());
    }

    @Test
    void anIllegalStateOfTheStoreSideOnTheWorkerIsInternal() {
        store.failOn("insert", () -> new IllegalStateException("statement already closed"));

        ImportFailedException failure = assertThrows(ImportFailedException.class,
                () -> engine().build().importExport(changes().source(), options(true)));

        assertTrue(failure.getMessage().startsWith("internal error, a bug in onec-sync (please report it): "
                + "IllegalStateException: statement already closed"), failure.getMessage());
        assertFailed(failure, Kind.INTERNAL, failure.getMessage());
    }

    @Test
    void outOfMemoryIsRethrownAsItIsAfterTheRollbackAndTheSessionClosedAsFailed() {
        TestExport export = changes().raw("huge.xml", ThrowingParser.file("oom"));
        int closes = store.closes();

        OutOfMemoryError error = assertThrows(OutOfMemoryError.class,
                () -> engine().build().importExport(export.source(), options(true)));

        assertEquals("Java heap space", error.getMessage());
        SessionRecord session = store.sessions().recent(1).get(0);
        assertEquals(SessionStatus.FAILED, session.status());
        assertEquals("internal error: out of memory (OutOfMemoryError: Java heap space)", session.error());
        assertEquals(closes + 1, store.closes());
        assertEquals(before, dump());
        assertEquals(List.of(), store.violations());
    }

    @Test
    void aStackOverflowOnTheWorkerThreadIsRethrownOnTheImportingThreadAsItIs() {
        StackOverflowError overflow = new StackOverflowError();
        SyncEngine engine = engine().listener(event -> {
            throw overflow;
        }).build();

        assertSame(overflow, assertThrows(StackOverflowError.class,
                () -> engine.importExport(changes().source(), options(true))));

        SessionRecord session = store.sessions().recent(1).get(0);
        assertEquals(SessionStatus.FAILED, session.status());
        assertEquals("internal error: stack overflow (StackOverflowError)", session.error());
        assertEquals(before, dump());
        assertEquals(List.of(), store.violations());
    }

    @Test
    void aBugBeforeTheSessionOpensIsInternalWithoutASession() {
        store.failOn("prepare", () -> new IllegalStateException("schema cache corrupt"));
        int sessions = store.sessions().recent(100).size();

        SyncException failure = assertThrows(SyncException.class,
                () -> engine().build().importExport(changes().source(), ImportOptions.defaults()));

        assertEquals(Kind.INTERNAL, failure.kind());
        assertTrue(failure.getMessage().contains("IllegalStateException: schema cache corrupt"), failure.getMessage());
        assertEquals(sessions, store.sessions().recent(100).size());
    }

    @Test
    void pricesIntoAStoreWithoutProductsAreCatalogMissing() {
        GuardedStore empty = new GuardedStore();

        SyncException failure = assertThrows(SyncException.class, () -> SyncEngine.builder(empty)
                .parsers(TestExport.parsers()).build()
                .importExport(changes().source(), ImportOptions.defaults().withKind(ImportKind.PRICES)));

        assertInstanceOf(CatalogMissingException.class, failure);
        assertEquals(Kind.CATALOG_MISSING, failure.kind());
    }
}
