package org.onecsync.sync.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.onecsync.SyncException;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.ImportLock;
import org.onecsync.store.ImportLockedException;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.ImportProgress;

/**
 * Takes the import lock, waiting up to {@link ImportOptions#lockWait()} for another import to release it. The lock
 * is tried again every few hundred milliseconds rather than blocked on: a store's lock never blocks (imports
 * started together on a new database must all see it), and the wait must stay cancellable.
 */
final class LockWait {

    private static final long FIRST_PAUSE_MILLIS = 50;
    private static final long LONGEST_PAUSE_MILLIS = 500;

    private LockWait() {
    }

    static ImportLock acquire(CatalogStore store, ImportOptions options) {
        Duration wait = options.lockWait();
        if (wait.isZero()) {
            return store.lock();
        }
        Cancellation cancellation = new Cancellation(options.cancelled());
        long deadline = System.nanoTime() + saturatedNanos(wait);
        long pause = FIRST_PAUSE_MILLIS;
        boolean told = false;
        while (true) {
            try {
                return store.lock();
            } catch (ImportLockedException e) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw e;
                }
                if (!told) {
                    options.progress().accept(new ImportProgress(ImportOptions.WAITING_PHASE, null, 0, 0, 0));
                    told = true;
                }
                cancellation.check();
                try {
                    Thread.sleep(Math.min(pause, TimeUnit.NANOSECONDS.toMillis(left) + 1));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new SyncException(SyncException.Kind.INTERRUPTED, Cancellation.MESSAGE);
                }
                pause = Math.min(LONGEST_PAUSE_MILLIS, pause * 2);
            }
        }
    }

    private static long saturatedNanos(Duration wait) {
        try {
            return wait.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE / 2;
        }
    }
}
