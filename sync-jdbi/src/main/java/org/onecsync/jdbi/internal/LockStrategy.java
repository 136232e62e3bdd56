package org.onecsync.jdbi.internal;

import org.onecsync.store.ImportLock;

/** One way to hold a store's import lock. */
interface LockStrategy {

    /** @return the held lock, or {@code null} when someone else holds it */
    ImportLock tryLock();
}
