package org.onecsync.store;

/**
 * Hears about every change of an import <b>after it committed</b>, in feed order. A subscriber that throws
 * cannot undo the import; its failure is logged and the remaining events still reach the other subscribers.
 * Events lost to a crash after the commit are still in the {@link ChangeFeed}; so are those of an import whose
 * changes could not be read back after its commit (the database refusing new connections, say): that is logged,
 * subscribers hear nothing of that import, and it stays committed and reported as such.
 */
@FunctionalInterface
public interface ChangeSubscriber {

    /**
     * @param event one committed change, with the record as it is now and as it was
     */
    void onCommitted(ChangeEvent event);
}
