package org.onecsync.http.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.onecsync.order.Order;
import org.onecsync.order.OrderSource;
import org.onecsync.store.OrderBook;
import org.onecsync.store.OrderVersion;

/**
 * The two-phase hand-over of the shop's orders to 1C, its state in the store's order book whatever the source: a
 * {@code query} hands over the orders changed since the confirmed cursor that 1C has not confirmed in their current
 * version, and records them as the exchange's set; only {@code success} confirms exactly that set and moves the
 * cursor. A {@code query} repeated without {@code success} hands the same orders over again, with newer ones.
 */
final class SaleHandOver {

    /** How many times a query reads on past a page whose orders were all confirmed already. */
    private static final int MAX_PAGES = 20;

    private final OrderSource source;
    private final OrderBook book;
    private final Clock clock;

    SaleHandOver(OrderSource source, OrderBook book, Clock clock) {
        this.source = source;
        this.book = book;
        this.clock = clock;
    }

    /**
     * The orders to hand over in an exchange's {@code query}, at most {@code limit}, oldest change first, recorded as
     * the exchange's set.
     */
    List<Order> query(String exchangeId, int limit) {
        Instant since = book.cursor();
        List<Order> due = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Instant next = since;
        for (int page = 0; page < MAX_PAGES && due.size() < limit; page++) {
            // One more than needed tells whether the source holds more after this page.
            List<Order> read = source.changedSince(since, limit + 1);
            List<Order> fresh = read.stream().filter(o -> seen.add(o.id() + "@" + o.changedAt())).toList();
            List<OrderVersion> open = book.unconfirmed(fresh.stream().map(OrderVersion::of).toList());
            Set<OrderVersion> wanted = new HashSet<>(open);
            for (Order order : fresh) {
                if (due.size() == limit) {
                    break;
                }
                if (wanted.contains(OrderVersion.of(order))) {
                    due.add(order);
                }
                next = order.changedAt();
            }
            if (read.size() <= limit || fresh.isEmpty()) {
                // Everything at or after the cursor was read (or the page only repeats what was).
                break;
            }
            since = read.get(read.size() - 1).changedAt();
        }
        book.recordSent(exchangeId, due.stream().map(OrderVersion::of).toList(), next, clock.instant());
        return due;
    }

    /** Confirms exactly the set the exchange's last {@code query} handed over, returning how many orders it held. */
    int success(String exchangeId) {
        return book.confirm(exchangeId, clock.instant()).size();
    }
}
