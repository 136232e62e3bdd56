package org.onecsync.store;

import java.time.Instant;
import java.util.Objects;
import org.onecsync.order.Order;
import org.onecsync.order.OrderStatusUpdate;

/**
 * An order of the {@link OrderBook} with its hand-over state and the last status 1C sent about it.
 *
 * @param order the order as last added
 * @param state its export state in its current version
 * @param confirmedChangedAt the {@link Order#changedAt()} that 1C last confirmed, or {@code null} when never
 * @param lastStatus the last status update 1C sent for it, or {@code null} when none
 * @param statusAt when that update was applied, or {@code null} when none
 */
public record OrderBookEntry(Order order, OrderExportState state, Instant confirmedChangedAt,
                             OrderStatusUpdate lastStatus, Instant statusAt) {

    /**
     * Checks the required fields.
     *
     * @param order the order, required
     * @param state the state, required
     * @param confirmedChangedAt the confirmed change time, or {@code null}
     * @param lastStatus the last status, or {@code null}
     * @param statusAt when it was applied, or {@code null}
     */
    public OrderBookEntry {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(state, "state");
    }
}
