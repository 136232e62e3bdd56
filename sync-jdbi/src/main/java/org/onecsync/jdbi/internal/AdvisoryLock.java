package org.onecsync.jdbi.internal;

import org.jdbi.v3.core.Handle;
import org.onecsync.store.ImportLock;

/**
 * The import lock of PostgreSQL: a session-level advisory lock on a connection kept open while it is held,
 * so the server releases it when the connection ends, including when the process dies. The key includes
 * the current schema, so that stores in separate schemas of one database do not block each other.
 */
final class AdvisoryLock implements LockStrategy {

    private static final String KEY = "SELECT hashtextextended('onecsync import ' || coalesce(current_schema(), ''), 0)";

    private final Backend backend;

    AdvisoryLock(Backend backend) {
        this.backend = backend;
    }

    @Override
    public ImportLock tryLock() {
        Handle handle = backend.open();
        try {
            long key = handle.createQuery(KEY).mapTo(Long.class).one();
            boolean held = handle.createQuery("SELECT pg_try_advisory_lock(:key)").bind("key", key)
                    .mapTo(Boolean.class).one();
            if (!held) {
                handle.close();
                return null;
            }
            return new Held(handle, key);
        } catch (RuntimeException e) {
            handle.close();
            throw backend.failure("cannot take the import lock", e);
        }
    }

    private final class Held implements ImportLock {
        private final Handle handle;
        private final long key;
        private boolean released;

        Held(Handle handle, long key) {
            this.handle = handle;
            this.key = key;
        }

        @Override
        public synchronized void close() {
            if (released) {
                return;
            }
            released = true;
            // Unlock explicitly: a pooled connection outlives close(), and with it a session-level lock.
            try (handle) {
                handle.createQuery("SELECT pg_advisory_unlock(:key)").bind("key", key).mapTo(Boolean.class).one();
            } catch (RuntimeException e) {
                throw backend.failure("cannot release the import lock", e);
            }
        }
    }
}
