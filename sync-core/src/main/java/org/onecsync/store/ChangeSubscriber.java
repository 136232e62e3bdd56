package org.onecsync.store;

/**
 * Hears about every change of an import <b>after it committed</b>, in feed order. A subscriber that throws
 * cannot undo the import; its failure is logged and the remaining events still reach the other subscribers.
 * Events lost to a crash after the commit are still in the {@link ChangeFeed}.
 */
@FunctionalInterface
public interface ChangeSubscriber {

    /**
     * @param event one committed change, with the record as it is now and as it was
     */
    void onCommitted(ChangeEvent event);
}
