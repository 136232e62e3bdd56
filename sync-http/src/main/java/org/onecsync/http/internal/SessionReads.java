package org.onecsync.http.internal;

import java.util.List;
import java.util.Optional;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.SessionRecord;
import org.onecsync.store.StoreException;

/**
 * The session log as the status endpoints and the status page read it: a database without onec-sync tables yet
 * (no import ran) holds no sessions, rather than failing.
 */
public final class SessionReads {

    private SessionReads() {
    }

    /**
     * The newest sessions.
     *
     * @param store the store
     * @param limit how many at most
     * @return newest first; empty while the store has no tables
     */
    public static List<SessionRecord> recent(CatalogStore store, int limit) {
        try {
            return store.sessions().recent(limit);
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.NOT_FOUND) {
                return List.of();
            }
            throw e;
        }
    }

    /**
     * One session.
     *
     * @param store the store
     * @param id the session's id
     * @return the session; empty when unknown or while the store has no tables
     */
    public static Optional<SessionRecord> find(CatalogStore store, long id) {
        try {
            return store.sessions().find(id);
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * The number of sessions a {@code limit} parameter asks for: the default when absent, at most {@code max};
     * -1 when it is not a whole number from 1 up.
     */
    public static int limit(String asked, int fallback, int max) {
        if (asked == null) {
            return fallback;
        }
        if (!asked.matches("[0-9]{1,9}") || Integer.parseInt(asked) < 1) {
            return -1;
        }
        return Math.min(Integer.parseInt(asked), max);
    }
}
