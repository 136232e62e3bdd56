package org.onecsync.store;

import java.util.List;

/**
 * The change feed: every row a committed import created, updated, deactivated or deleted, written in the
 * import's own transaction. Dry runs, failed and killed imports add nothing. A consumer keeps the
 * {@link Change#seq()} of the last entry it handled and asks for what follows: it misses nothing and sees
 * nothing twice, across restarts.
 */
public interface ChangeFeed {

    /**
     * The entries after a cursor, oldest first.
     *
     * @param afterSeq the last {@link Change#seq()} already handled; 0 to start from the beginning
     * @param limit how many at most
     * @return the entries, at most {@code limit}
     */
    List<Change> after(long afterSeq, int limit);

    /** {@return the {@link Change#seq()} of the newest entry, or 0 when the feed is empty} */
    long lastSeq();
}
