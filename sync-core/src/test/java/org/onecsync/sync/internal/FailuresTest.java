package org.onecsync.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.onecsync.SyncException;
import org.onecsync.SyncException.Kind;
import org.onecsync.parse.ParseException;
import org.onecsync.store.StoreException;
import org.onecsync.sync.internal.Failures.Failure;

class FailuresTest {

    private static final StoreException STORE = new StoreException("the database failed: connection reset", null);

    @Test
    void aCancellationWinsOverWhatItCausedOnTheWay() {
        SyncException cancelled = new SyncException(Kind.INTERRUPTED, Cancellation.MESSAGE);
        StoreException store = new StoreException("the database failed", cancelled);

        assertEquals(new Failure(Kind.INTERRUPTED, Cancellation.MESSAGE), Failures.of(store));
        assertEquals(new Failure(Kind.INTERRUPTED, Cancellation.MESSAGE),
                Failures.of(new IllegalStateException("worker", new InterruptedException())));
    }

    @Test
    void theListenersFailureWinsOverTheStoreFailureItWraps() {
        SyncException listener = new SyncException(Kind.LISTENER, "a change listener failed: StoreException", STORE);

        assertEquals(Kind.LISTENER, Failures.of(listener).kind());
    }

    @Test
    void aStoreFailureAnywhereInTheChainIsTheStores() {
        assertEquals(new Failure(Kind.STORE, STORE.getMessage()),
                Failures.of(new RuntimeException(new IllegalStateException(STORE))));
    }

    @Test
    void badInputKeepsItsMessage() {
        ParseException parse = new ParseException("import.xml", 12, 5, "malformed XML: unexpected end", null);

        assertEquals(new Failure(Kind.BAD_INPUT, "import.xml, line 12, column 5: malformed XML: unexpected end"),
                Failures.of(parse));
        assertEquals(new Failure(Kind.BAD_INPUT, "cannot read the export: IOException: gone"),
                Failures.of(new UncheckedIOException(new IOException("gone"))));
    }

    @Test
    void anythingElseIsABug() {
        RuntimeException bug = new ArrayIndexOutOfBoundsException("Index 3 out of bounds for length 3");
        bug.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.onecsync.sync.internal.Applier", "write", "Applier.java", 212)});

        Failure failure = Failures.of(bug);

        assertEquals(Kind.INTERNAL, failure.kind());
        assertEquals("internal error, a bug in onec-sync (please report it): ArrayIndexOutOfBoundsException: Index 3"
                + " out of bounds for length 3 at org.onecsync.sync.internal.Applier.write(Applier.java:212)",
                failure.message());
    }

    @Test
    void jvmErrorsAreNamedInOneLine() {
        assertEquals("internal error: out of memory (OutOfMemoryError: Java heap space)",
                Failures.ofError(new OutOfMemoryError("Java heap space")));
        assertEquals("internal error: stack overflow (StackOverflowError)", Failures.ofError(new StackOverflowError()));
        assertEquals("internal error: the JVM failed (InternalError: bad class file)",
                Failures.ofError(new InternalError("bad class file")));
    }
}
