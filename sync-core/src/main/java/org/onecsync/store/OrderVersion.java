package org.onecsync.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One order in one state: what a {@code sale&mode=query} hands to 1C and {@code success} confirms.
 *
 * @param orderId the shop's order id
 * @param changedAt the order's {@link org.onecsync.order.Order#changedAt()} as handed over, to the microsecond
 */
public record OrderVersion(String orderId, Instant changedAt) {

    /**
     * Checks the fields and truncates the time to the microsecond, as orders keep it.
     *
     * @param orderId the order id
     * @param changedAt its change time
     */
    public OrderVersion {
        Objects.requireNonNull(orderId, "orderId");
        changedAt = Objects.requireNonNull(changedAt, "changedAt").truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * @param order an order
     * @return its id and change time
     */
    public static OrderVersion of(org.onecsync.order.Order order) {
        return new OrderVersion(order.id(), order.changedAt());
    }
}
