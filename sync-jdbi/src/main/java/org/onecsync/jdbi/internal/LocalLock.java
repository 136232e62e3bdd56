package org.onecsync.jdbi.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import org.onecsync.store.ImportLock;

/**
 * The import lock of a SQLite database without a file (in memory, or a data source whose file is unknown):
 * it only excludes imports through the same store, which is all an in-memory database can be shared with.
 */
final class LocalLock implements LockStrategy {

    private final AtomicBoolean held = new AtomicBoolean();

    @Override
    public ImportLock tryLock() {
        if (!held.compareAndSet(false, true)) {
            return null;
        }
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                held.set(false);
            }
        };
    }
}
