package org.onecsync.sync.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.onecsync.SyncException;
import org.onecsync.SyncException.Kind;

/**
 * Tells what made an import fail, from the exception and its causes, so that a caller can tell bad input from
 * a failing store, a failing listener, a cancellation or a bug. What the engine knows for certain wins over
 * what it wraps: a cancellation, then the caller's listener, then the store, then any other kind onec-sync
 * threw on purpose; a read error is bad input; anything else is a bug.
 */
final class Failures {

    private static final Kind[] FIRST = {Kind.INTERRUPTED, Kind.LISTENER, Kind.STORE};

    private Failures() {
    }

    /** What failed and the message for a person. */
    record Failure(Kind kind, String message) {
    }

    /**
     * @param e what an import failed with
     * @return its kind and message
     */
    static Failure of(Throwable e) {
        List<Throwable> chain = chain(e);
        for (Kind kind : FIRST) {
            for (Throwable t : chain) {
                if (t instanceof SyncException sync && sync.kind() == kind) {
                    return new Failure(kind, sync.getMessage());
                }
            }
            if (kind == Kind.INTERRUPTED && chain.stream().anyMatch(Failures::interruption)) {
                return new Failure(Kind.INTERRUPTED, Cancellation.MESSAGE);
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SyncException sync) {
                return new Failure(sync.kind(), sync.getMessage());
            }
        }
        for (Throwable t : chain) {
            if (t instanceof IOException io) {
                return new Failure(Kind.BAD_INPUT, "cannot read the export: " + describe(io));
            }
        }
        return new Failure(Kind.INTERNAL, "internal error, a bug in onec-sync (please report it): " + describe(e)
                + where(e));
    }

    /**
     * @param error a JVM error raised during an import
     * @return the session's error: {@code internal error: out of memory (OutOfMemoryError: Java heap space)}
     */
    static String ofError(Error error) {
        String what = error instanceof OutOfMemoryError ? "out of memory"
                : error instanceof StackOverflowError ? "stack overflow" : "the JVM failed";
        return "internal error: " + what + " (" + describe(error) + ")";
    }

    private static boolean interruption(Throwable t) {
        return t instanceof InterruptedException || t instanceof ClosedByInterruptException;
    }

    private static String describe(Throwable t) {
        Throwable shown = t instanceof UncheckedIOException unchecked && unchecked.getCause() != null
                ? unchecked.getCause() : t;
        String message = shown.getMessage();
        String name = shown.getClass().getSimpleName();
        return message == null || message.isBlank() ? name : name + ": " + message;
    }

    private static String where(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        return trace.length == 0 ? "" : " at " + trace[0];
    }

    private static List<Throwable> chain(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
