package org.onecsync.sync.internal;

import java.util.function.BooleanSupplier;
import org.onecsync.SyncException;

/**
 * The import's cancellation, checked on the importing thread for every record and between phases: the
 * caller's {@link org.onecsync.sync.ImportOptions#cancelled()} and the thread's interrupt flag, which is
 * only read, never cleared.
 */
final class Cancellation {

    static final String MESSAGE = "interrupted: cancelled before it committed";

    private final BooleanSupplier cancelled;

    Cancellation(BooleanSupplier cancelled) {
        this.cancelled = cancelled;
    }

    /** Throws {@link SyncException.Kind#INTERRUPTED} once the import is cancelled. */
    void check() {
        if (Thread.currentThread().isInterrupted() || cancelled.getAsBoolean()) {
            throw new SyncException(SyncException.Kind.INTERRUPTED, MESSAGE);
        }
    }
}
