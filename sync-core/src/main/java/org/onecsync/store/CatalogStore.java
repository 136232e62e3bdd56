package org.onecsync.store;

import java.util.List;
import java.util.function.Consumer;

/**
 * A database that mirrors 1C: synced entities, the import session log, price history and the import lock.
 *
 * <p>Every method may throw {@link StoreException} when the database fails. Implementations are safe to
 * share between threads; one import at a time is enforced by {@link #lock()}, across processes too.
 */
public interface CatalogStore extends AutoCloseable {

    /** Creates or upgrades the store's schema. Safe to call every time; does nothing when up to date. */
    void prepare();

    /**
     * Takes the import lock, without waiting. The lock is released by {@link ImportLock#close()}, and also
     * when the process holding it dies.
     *
     * @return the held lock
     * @throws ImportLockedException when another import holds it
     */
    ImportLock lock();

    /**
     * Records the start of an import, committed at once so that it survives the import's rollback.
     *
     * @param start what is being imported
     * @return the new session's id
     */
    long openSession(SessionStart start);

    /**
     * Records how an import ended, committed at once.
     *
     * @param sessionId the id from {@link #openSession}
     * @param result its outcome
     */
    void closeSession(long sessionId, SessionResult result);

    /**
     * Marks sessions that are still {@code running} as failed: their process died without closing them.
     * Called by the holder of the import lock, so no running import can be among them.
     *
     * @return how many sessions were marked
     */
    int failAbandonedSessions();

    /**
     * The most recent sessions, newest first.
     *
     * @param limit how many at most
     * @return the sessions, with their counts and recorded problems
     */
    List<SessionRecord> recentSessions(int limit);

    /** Whether the store holds any product, i.e. whether a catalog was ever imported. */
    boolean hasCatalog();

    /**
     * Starts the transaction of one import. Nothing it does is visible to others until
     * {@link StoreTransaction#commit()}; closing it without committing rolls everything back.
     *
     * @param sessionId the import's session, recorded on the rows it writes
     * @return the transaction
     */
    StoreTransaction begin(long sessionId);

    /**
     * Streams every synced entity (not the session log), sorted by entity name
     * ({@link org.onecsync.model.EntityType#jsonName()}) and then by key, both compared as UTF-8 bytes, so
     * the order is the same in every store.
     *
     * @param sink receives the rows in order
     */
    void dump(Consumer<StoredRecord> sink);

    /**
     * The price history, oldest first.
     *
     * @param sink receives the rows in order
     */
    void priceHistory(Consumer<PriceChange> sink);

    /** Releases the store's resources (connections it opened itself). */
    @Override
    void close();
}
