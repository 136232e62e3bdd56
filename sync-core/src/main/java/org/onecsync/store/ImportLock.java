package org.onecsync.store;

/** The held import lock of a store. */
public interface ImportLock extends AutoCloseable {

    /** Releases the lock. */
    @Override
    void close();
}
