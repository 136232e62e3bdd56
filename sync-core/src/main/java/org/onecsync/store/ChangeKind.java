package org.onecsync.store;

/** How an import changed one synced row. */
public enum ChangeKind {
    /** The row is new. */
    CREATED,
    /** The row's content changed (including being reactivated). */
    UPDATED,
    /** The row was deactivated or deleted. */
    DELETED
}
