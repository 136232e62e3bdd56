package org.onecsync.sync.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.onecsync.SyncException;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.ImportLock;
import org.onecsync.store.ImportLockedException;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.ImportProgress;

/**
 * Takes the import lock, waiting up to {@link ImportOptions#lockWait()} for another import to release it.
 *
 * <p>Imports of one engine that wait take turns first, oldest first: without that, a long wait (a catalog
 * exchange's import) polling the store could be overtaken again and again by short ones (JSON pushes arriving
 * back to back). The store's lock is then tried every few hundred milliseconds rather than blocked on, for
 * imports of other engines or processes: a store's lock never blocks (imports started together on a new database
 * must all see it), and the wait must stay cancellable. An import that does not wait takes no turn.
 */
final class LockWait {

    private static final long FIRST_PAUSE_MILLIS = 50;
    private static final long LONGEST_PAUSE_MILLIS = 500;
    private static final long LONGEST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(LONGEST_PAUSE_MILLIS);

    /** One turn among this engine's waiting imports, handed out in arrival order. */
    private final Semaphore turn = new Semaphore(1, true);

    ImportLock acquire(CatalogStore store, ImportOptions options) {
        Duration wait = options.lockWait();
        if (wait.isZero()) {
            return store.lock();
        }
        Cancellation cancellation = new Cancellation(options.cancelled());
        long deadline = System.nanoTime() + saturatedNanos(wait);
        Waiting waiting = new Waiting(options);
        awaitTurn(deadline, cancellation, waiting);
        try {
            ImportLock lock = awaitLock(store, deadline, cancellation, waiting);
            return () -> {
                try {
                    lock.close();
                } finally {
                    turn.release();
                }
            };
        } catch (RuntimeException | Error e) {
            turn.release();
            throw e;
        }
    }

    private void awaitTurn(long deadline, Cancellation cancellation, Waiting waiting) {
        try {
            // A timed try, not tryAcquire(): that one takes a free turn ahead of the imports already waiting.
            if (turn.tryAcquire(0, TimeUnit.NANOSECONDS)) {
                return;
            }
            waiting.tell();
            while (!turn.tryAcquire(Math.min(LONGEST_PAUSE_NANOS, Math.max(0, deadline - System.nanoTime())),
                    TimeUnit.NANOSECONDS)) {
                cancellation.check();
                if (deadline - System.nanoTime() <= 0) {
                    // Imports of this engine that came first kept the turn all along: they hold the lock or wait.
                    throw new ImportLockedException("another import is running (and others are waiting for it)");
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new SyncException(SyncException.Kind.INTERRUPTED, Cancellation.MESSAGE);
        }
    }

    private static ImportLock awaitLock(CatalogStore store, long deadline, Cancellation cancellation,
                                        Waiting waiting) {
        long pause = FIRST_PAUSE_MILLIS;
        while (true) {
            try {
                return store.lock();
            } catch (ImportLockedException e) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw e;
                }
                waiting.tell();
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

    /** Says once, through the import's progress, that it waits. */
    private static final class Waiting {

        private final ImportOptions options;
        private boolean told;

        Waiting(ImportOptions options) {
            this.options = options;
        }

        void tell() {
            if (!told) {
                told = true;
                options.progress().accept(new ImportProgress(ImportOptions.WAITING_PHASE, null, 0, 0, 0));
            }
        }
    }
}
