package org.onecsync.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onecsync.order.Order;
import org.onecsync.order.OrderSink;
import org.onecsync.order.OrderSource;
import org.onecsync.order.OrderStatusUpdate;

/**
 * The store's own order book, for shops without an order table: orders added to it (by {@code onec-sync orders add},
 * or by the shop), their hand-over to 1C, and the last status 1C sent about each. It is an {@link OrderSource}; its
 * {@link OrderSink} is the one of an import transaction ({@link ImportTransaction#orderSink()}) or
 * {@link #applyStatus} outside one. A store offers it through {@link CatalogStore#orders()}.
 *
 * <p><b>Hand-over</b> ({@code type=sale}, two-phase), kept here for any order source, so that it survives restarts
 * and serves every server on the database: a {@code query} of an exchange reads the source from {@link #cursor()} on
 * ({@link OrderSource#changedSince}), keeps the versions {@link #unconfirmed} names, and records them with
 * {@link #recordSent(String, List, Instant, Instant)} as the exchange's set (order id and {@code changedAt}) together
 * with the cursor that set reaches; {@link #confirm} confirms exactly that set on the exchange's {@code success} and
 * moves {@link #cursor()} forward to it. An order changed after the {@code query} is confirmed in the version handed
 * over only, so it stays to be exported again. {@link #toExport} lists the book's own orders not confirmed in their
 * current version, and {@link #recordSent(String, List, Instant)} records a set without a cursor.
 *
 * <p>Every method commits at once, on a connection of its own (never an import's transaction), and reads committed
 * data. Safe to use from any thread. A store may create or upgrade its tables on the first write, as an import does
 * and under the import lock; reading a database without them finds no orders.
 */
public interface OrderBook extends OrderSource {

    /**
     * Adds orders, or replaces those with the same {@link Order#id()}, all or none. A replaced order's hand-over and
     * status are kept: its new {@code changedAt}, if later than the confirmed one, makes it due for export again.
     *
     * @param orders the orders
     */
    void add(List<Order> orders);

    /**
     * Every order with its state, oldest change first (then by id).
     *
     * @return the entries
     */
    List<OrderBookEntry> list();

    /**
     * The orders to hand to 1C next: those not confirmed in their current {@code changedAt} (new, changed since
     * confirmed, or handed over and not confirmed), oldest change first (then by id).
     *
     * @param limit how many at most, above zero
     * @return the orders
     */
    List<Order> toExport(int limit);

    /**
     * Records the set a {@code query} of an exchange handed to 1C, replacing what an earlier {@code query} of the
     * same exchange recorded.
     *
     * @param exchangeId the exchange
     * @param sent the orders handed over, in the versions handed over
     * @param now when
     */
    default void recordSent(String exchangeId, List<OrderVersion> sent, Instant now) {
        recordSent(exchangeId, sent, null, now);
    }

    /**
     * Confirms exactly the set the last {@code query} of an exchange recorded: each order counts as delivered in the
     * version handed over (a later confirmation of an older version changes nothing), and {@link #cursor()} moves to
     * the set's cursor, if it was recorded with one and is later. The set is then forgotten, as are other exchanges'
     * records of the same or older versions; a second call confirms nothing.
     *
     * @param exchangeId the exchange
     * @param now when
     * @return the versions confirmed, by order id
     */
    List<OrderVersion> confirm(String exchangeId, Instant now);

    /**
     * Begins a sale exchange, the current one from now on.
     *
     * @param exchange the exchange
     */
    void beginExchange(SaleExchange exchange);

    /** {@return the sale exchange begun last, if any} */
    Optional<SaleExchange> currentExchange();

    /**
     * Where the next {@code query} starts reading an order source ({@link OrderSource#changedSince}): the cursor the
     * last confirmed {@code query} reached; {@link Instant#EPOCH} before any.
     *
     * @return the cursor
     */
    Instant cursor();

    /**
     * Records the set a {@code query} of an exchange handed to 1C, as {@link #recordSent(String, List, Instant)}
     * does, with the cursor that {@link #confirm} moves {@link #cursor()} to: with any order source, the hand-over
     * state lives in the book, so that it survives restarts and serves every server on the database.
     *
     * @param exchangeId the exchange
     * @param sent the orders handed over, in the versions handed over
     * @param next the cursor once this set is confirmed (never moves the cursor back), or {@code null} to leave it
     * @param now when
     */
    void recordSent(String exchangeId, List<OrderVersion> sent, Instant next, Instant now);

    /**
     * Of some orders' versions, those 1C has not confirmed: never handed over and confirmed, or confirmed in an older
     * version.
     *
     * @param versions the versions, in any order
     * @return those not confirmed, in the order given
     */
    List<OrderVersion> unconfirmed(List<OrderVersion> versions);

    /**
     * Applies a status update outside an import, committed at once; the same rules as
     * {@link ImportTransaction#orderSink()}: matched by {@link OrderStatusUpdate#orderId()}, else by
     * {@link OrderStatusUpdate#orderNumber()} (the lowest id when several orders carry it); it replaces the order's
     * last status.
     *
     * @param update what 1C says
     * @param now when it is applied
     * @return applied, or skipped with the reason when no order matches
     */
    OrderSink.Result applyStatus(OrderStatusUpdate update, Instant now);
}
