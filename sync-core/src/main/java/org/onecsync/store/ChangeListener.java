package org.onecsync.store;

/**
 * Receives the changes of an import, one by one, before its transaction commits: a listener that throws
 * rolls the whole import back. Dry runs deliver no events.
 */
@FunctionalInterface
public interface ChangeListener {

    /** A listener that ignores everything. */
    ChangeListener NONE = event -> { };

    /**
     * @param event one created, updated or deleted row
     */
    void onChange(ChangeEvent event);
}
