package org.onecsync.store.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.onecsync.order.Order;
import org.onecsync.order.OrderSink;
import org.onecsync.order.OrderStatusUpdate;
import org.onecsync.store.OrderBook;
import org.onecsync.store.OrderBookEntry;
import org.onecsync.store.OrderExportState;
import org.onecsync.store.OrderVersion;
import org.onecsync.store.SaleExchange;

/** The in-memory order book: maps guarded by this object's monitor. */
final class MemoryOrderBook implements OrderBook {

    /** Oldest change first, then by id: the order every listing of the book uses. */
    private static final Comparator<Order> BY_CHANGE = Comparator.comparing(Order::changedAt)
            .thenComparing(Order::id);

    /** The last status of an order, and when it was applied. */
    private record Status(OrderStatusUpdate update, Instant at) {
    }

    private final TreeMap<String, Order> orders = new TreeMap<>();
    private final Map<String, Instant> confirmed = new HashMap<>();
    /** Exchange id → order id → the version handed over. */
    private final Map<String, Map<String, Instant>> sent = new HashMap<>();
    private final Map<String, Status> statuses = new HashMap<>();
    /** Exchange id → the cursor its set moves the book's to once confirmed. */
    private final Map<String, Instant> nextCursors = new HashMap<>();
    private Instant cursor = Instant.EPOCH;
    private SaleExchange current;

    @Override
    public synchronized void add(List<Order> added) {
        for (Order order : added) {
            orders.put(order.id(), order);
        }
    }

    @Override
    public synchronized List<Order> changedSince(Instant since, int limit) {
        return orders.values().stream().filter(o -> !o.changedAt().isBefore(since)).sorted(BY_CHANGE)
                .limit(limit).toList();
    }

    @Override
    public synchronized List<OrderBookEntry> list() {
        List<OrderBookEntry> entries = new ArrayList<>();
        for (Order order : orders.values().stream().sorted(BY_CHANGE).toList()) {
            Instant done = confirmed.get(order.id());
            OrderExportState state;
            if (order.changedAt().equals(done)) {
                state = OrderExportState.CONFIRMED;
            } else if (sent.values().stream().anyMatch(set -> order.changedAt().equals(set.get(order.id())))) {
                state = OrderExportState.SENT;
            } else {
                state = OrderExportState.NEW;
            }
            Status status = statuses.get(order.id());
            entries.add(new OrderBookEntry(order, state, done, status == null ? null : status.update(),
                    status == null ? null : status.at()));
        }
        return entries;
    }

    @Override
    public synchronized List<Order> toExport(int limit) {
        return orders.values().stream().filter(o -> !o.changedAt().equals(confirmed.get(o.id()))).sorted(BY_CHANGE)
                .limit(limit).toList();
    }

    @Override
    public synchronized void recordSent(String exchangeId, List<OrderVersion> versions, Instant next, Instant now) {
        Map<String, Instant> set = new HashMap<>();
        versions.forEach(v -> set.put(v.orderId(), v.changedAt()));
        sent.put(Objects.requireNonNull(exchangeId, "exchangeId"), set);
        if (next != null) {
            nextCursors.put(exchangeId, next);
        } else {
            nextCursors.remove(exchangeId);
        }
    }

    @Override
    public synchronized void beginExchange(SaleExchange exchange) {
        current = Objects.requireNonNull(exchange, "exchange");
    }

    @Override
    public synchronized Optional<SaleExchange> currentExchange() {
        return Optional.ofNullable(current);
    }

    @Override
    public synchronized Instant cursor() {
        return cursor;
    }

    @Override
    public synchronized List<OrderVersion> unconfirmed(List<OrderVersion> versions) {
        return versions.stream().filter(v -> {
            Instant done = confirmed.get(v.orderId());
            return done == null || done.isBefore(v.changedAt());
        }).toList();
    }

    @Override
    public synchronized List<OrderVersion> confirm(String exchangeId, Instant now) {
        Map<String, Instant> set = sent.remove(exchangeId);
        if (set == null) {
            return List.of();
        }
        Instant next = nextCursors.remove(exchangeId);
        if (next != null && next.isAfter(cursor)) {
            cursor = next;
        }
        List<OrderVersion> done = new ArrayList<>();
        new TreeMap<>(set).forEach((id, at) -> {
            done.add(new OrderVersion(id, at));
            confirmed.merge(id, at, (old, neu) -> neu.isAfter(old) ? neu : old);
        });
        for (Map<String, Instant> other : sent.values()) {
            other.entrySet().removeIf(e -> {
                Instant c = confirmed.get(e.getKey());
                return c != null && !e.getValue().isAfter(c);
            });
        }
        return done;
    }

    @Override
    public OrderSink.Result applyStatus(OrderStatusUpdate update, Instant now) {
        return apply(update, id -> statuses.put(id, new Status(update, now)));
    }

    /**
     * Matches an update to its order; the book's own sink and an import's (which records the status only when it
     * commits) differ only in what they do with the order's id.
     *
     * @param update 1C's status update
     * @param put takes the id of the order it matched, under this book's lock; not called for an unknown order
     * @return applied to that order, or skipped as an unknown order
     */
    synchronized OrderSink.Result apply(OrderStatusUpdate update, Consumer<String> put) {
        Optional<String> id = match(update);
        if (id.isEmpty()) {
            return OrderSink.Result.unknownOrder(update);
        }
        put.accept(id.get());
        return OrderSink.Result.applied(id.get());
    }

    /** The id of the order an update is for: by id, else the lowest id carrying its number. */
    private Optional<String> match(OrderStatusUpdate update) {
        if (update.orderId() != null && orders.containsKey(update.orderId())) {
            return Optional.of(update.orderId());
        }
        if (update.orderNumber() == null) {
            return Optional.empty();
        }
        return orders.values().stream().filter(o -> o.number().equals(update.orderNumber())).map(Order::id)
                .findFirst();
    }

    /** Sets an order's last status, for a committed import's updates. */
    synchronized void putStatus(String orderId, OrderStatusUpdate update, Instant at) {
        statuses.put(orderId, new Status(update, at));
    }
}
