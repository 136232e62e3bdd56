package org.onecsync.order;

import java.time.Instant;
import java.util.List;

/**
 * The shop's orders, as 1C pulls them ({@code type=sale&mode=query}). The shop implements it over its own tables;
 * the store's {@link org.onecsync.store.OrderBook} is one for shops without.
 *
 * <p>Contract: {@link #changedSince} returns the orders whose {@link Order#changedAt()} is at or after
 * {@code since} (inclusive, so that an order changed in the same microsecond as the cursor is not lost; the caller
 * drops what it has already seen by order id and {@code changedAt}), oldest change first, orders changed at the same
 * instant by id, at most {@code limit} of them. Each order appears once, in its current state. Called from any
 * thread, possibly by several at once.
 */
@FunctionalInterface
public interface OrderSource {

    /**
     * The orders changed at or after a cursor.
     *
     * @param since the cursor: {@link Instant#EPOCH} for every order
     * @param limit how many at most, above zero
     * @return the orders, oldest change first (then by id)
     */
    List<Order> changedSince(Instant since, int limit);
}
