package org.onecsync.store;

/**
 * Hears about every change of a real import <b>inside its transaction</b>, before it commits: for a shop that
 * writes its own tables in the same transaction. A listener that throws rolls the import back, which then fails
 * with {@link org.onecsync.SyncException.Kind#LISTENER}. To act on committed data only (a search index, a cache),
 * use a {@link ChangeSubscriber} or read the {@link ChangeFeed}.
 *
 * <p>Called one change at a time, never concurrently, but not always on the same thread: on the engine's
 * executor task while the export is read, on the importing thread after (see
 * {@link org.onecsync.sync.SyncEngine.Builder#executor}).
 */
@FunctionalInterface
public interface ChangeListener {

    /** A listener that ignores everything. */
    ChangeListener NONE = event -> { };

    /**
     * @param event one created, updated, deactivated or deleted row
     */
    void onChange(ChangeEvent event);
}
