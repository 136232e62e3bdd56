package org.onecsync.sync.internal;

import org.onecsync.store.ChangeKind;

/** How the engine classifies one record against what the store holds. */
enum Outcome {
    CREATED(ChangeKind.CREATED),
    UPDATED(ChangeKind.UPDATED),
    UNCHANGED(null),
    /** Stored active, sent with a deletion mark: counted as deleted, the row stays inactive. */
    DEACTIVATED(ChangeKind.DEACTIVATED);

    private static final Outcome[] BY_MARK = values();

    private final ChangeKind change;

    Outcome(ChangeKind change) {
        this.change = change;
    }

    /** The feed's kind, or {@code null} when nothing is written. */
    ChangeKind change() {
        return change;
    }

    /** A non-zero byte for {@link KeyTable}. */
    byte mark() {
        return (byte) (ordinal() + 1);
    }

    static Outcome ofMark(byte mark) {
        return BY_MARK[mark - 1];
    }
}
