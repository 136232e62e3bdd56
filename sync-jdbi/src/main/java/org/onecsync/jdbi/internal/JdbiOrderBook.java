package org.onecsync.jdbi.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.onecsync.order.Order;
import org.onecsync.order.OrderJson;
import org.onecsync.order.OrderSink;
import org.onecsync.order.OrderStatusUpdate;
import org.onecsync.store.ImportLock;
import org.onecsync.store.OrderBook;
import org.onecsync.store.OrderBookEntry;
import org.onecsync.store.OrderExportState;
import org.onecsync.store.OrderVersion;
import org.onecsync.store.SaleExchange;

/**
 * The order book in {@code onecsync_order} (the order as JSON), {@code onecsync_order_sent} (each exchange's last
 * query), {@code onecsync_order_export} (the confirmed versions) and {@code onecsync_order_status} (1C's last
 * status). Every call commits at once on a handle of its own; a write on a database without the tables first creates
 * or upgrades them, and a read there finds no orders.
 */
final class JdbiOrderBook implements OrderBook {

    private final Backend backend;
    private final TablesOnDemand tables;

    /**
     * @param backend the store's database
     * @param schema its schema
     * @param lock takes the import lock, which guards a migration
     */
    JdbiOrderBook(Backend backend, Schema schema, Supplier<ImportLock> lock) {
        this.backend = backend;
        this.tables = new TablesOnDemand(schema, lock);
    }

    @Override
    public void add(List<Order> orders) {
        tables.ensure();
        Dialect dialect = backend.dialect();
        backend.inTransaction("cannot add " + orders.size() + " orders", handle -> {
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO onecsync_order (id, number, changed_at, payload, added_at)
                    VALUES (:id, :number, :changedAt, %s, :now)
                    ON CONFLICT (id) DO UPDATE SET number = excluded.number, changed_at = excluded.changed_at,
                        payload = excluded.payload
                    """.formatted(OrderStatusRows.json(dialect, ":payload")));
            Object now = dialect.time(Instant.now());
            for (Order order : orders) {
                batch.bind("id", order.id()).bind("number", order.number())
                        .bind("changedAt", dialect.time(order.changedAt())).bind("payload", OrderJson.write(order))
                        .bind("now", now).add();
            }
            if (!orders.isEmpty()) {
                batch.execute();
            }
            return null;
        });
    }

    @Override
    public List<Order> changedSince(Instant since, int limit) {
        return orders("SELECT payload FROM onecsync_order WHERE changed_at >= :since ORDER BY changed_at, id LIMIT :limit",
                since, limit);
    }

    @Override
    public List<Order> toExport(int limit) {
        return orders("""
                SELECT o.payload FROM onecsync_order o
                LEFT JOIN onecsync_order_export e ON e.order_id = o.id
                WHERE e.confirmed_changed_at IS NULL OR e.confirmed_changed_at <> o.changed_at
                ORDER BY o.changed_at, o.id LIMIT :limit
                """, null, limit);
    }

    private List<Order> orders(String sql, Instant since, int limit) {
        if (!tables.readable()) {
            return List.of();
        }
        Dialect dialect = backend.dialect();
        return backend.call("cannot read the orders", handle -> {
            var query = handle.createQuery(sql).bind("limit", limit);
            if (since != null) {
                query.bind("since", dialect.time(since));
            }
            return query.map((rs, ctx) -> OrderJson.read(rs.getString("payload"))).list();
        });
    }

    @Override
    public List<OrderBookEntry> list() {
        if (!tables.readable()) {
            return List.of();
        }
        Dialect dialect = backend.dialect();
        return backend.call("cannot list the orders", handle -> handle.createQuery("""
                        SELECT o.payload, e.confirmed_changed_at,
                            EXISTS (SELECT 1 FROM onecsync_order_sent s
                                    WHERE s.order_id = o.id AND s.changed_at = o.changed_at) AS sent,
                            st.order_number, st.document_id, st.onec_number, st.onec_date, st.posted, st.cancelled,
                            st.shipped, st.deletion_mark, st.status, st.requisites, st.applied_at
                        FROM onecsync_order o
                        LEFT JOIN onecsync_order_export e ON e.order_id = o.id
                        LEFT JOIN onecsync_order_status st ON st.order_id = o.id
                        ORDER BY o.changed_at, o.id
                        """)
                .map((rs, ctx) -> {
                    Order order = OrderJson.read(rs.getString("payload"));
                    Instant confirmed = rs.getString("confirmed_changed_at") == null ? null
                            : dialect.time(rs, "confirmed_changed_at");
                    OrderExportState state = order.changedAt().equals(confirmed) ? OrderExportState.CONFIRMED
                            : rs.getBoolean("sent") ? OrderExportState.SENT : OrderExportState.NEW;
                    boolean hasStatus = rs.getString("applied_at") != null;
                    return new OrderBookEntry(order, state, confirmed,
                            hasStatus ? OrderStatusRows.read(rs, dialect) : null,
                            hasStatus ? dialect.time(rs, "applied_at") : null);
                })
                .list());
    }

    @Override
    public void recordSent(String exchangeId, List<OrderVersion> sent, Instant next, Instant now) {
        tables.ensure();
        Dialect dialect = backend.dialect();
        backend.inTransaction("cannot record the orders sent in exchange " + exchangeId, handle -> {
            handle.createUpdate("DELETE FROM onecsync_order_sent WHERE exchange_id = :exchange")
                    .bind("exchange", exchangeId).execute();
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO onecsync_order_sent (exchange_id, order_id, changed_at, sent_at)
                    VALUES (:exchange, :id, :changedAt, :now)
                    ON CONFLICT (exchange_id, order_id) DO UPDATE SET changed_at = excluded.changed_at
                    """);
            for (OrderVersion version : sent) {
                batch.bind("exchange", exchangeId).bind("id", version.orderId())
                        .bind("changedAt", dialect.time(version.changedAt())).bind("now", dialect.time(now)).add();
            }
            if (!sent.isEmpty()) {
                batch.execute();
            }
            HandOverRows.recordNext(handle, dialect, exchangeId, next);
            return null;
        });
    }

    @Override
    public void beginExchange(SaleExchange exchange) {
        tables.ensure();
        Dialect dialect = backend.dialect();
        backend.inTransaction("cannot begin the sale exchange " + exchange.id(), handle -> {
            HandOverRows.begin(handle, dialect, exchange);
            return null;
        });
    }

    @Override
    public Optional<SaleExchange> currentExchange() {
        // Read by the sale server before it writes the hand-over: the tables are made current first.
        tables.ensure();
        Dialect dialect = backend.dialect();
        return backend.call("cannot read the sale exchange", handle -> HandOverRows.current(handle, dialect));
    }

    @Override
    public Instant cursor() {
        tables.ensure();
        Dialect dialect = backend.dialect();
        return backend.call("cannot read the order cursor", handle -> HandOverRows.cursor(handle, dialect));
    }

    @Override
    public List<OrderVersion> unconfirmed(List<OrderVersion> versions) {
        if (versions.isEmpty()) {
            return List.of();
        }
        tables.ensure();
        Dialect dialect = backend.dialect();
        return backend.call("cannot read the confirmed orders",
                handle -> HandOverRows.unconfirmed(handle, dialect, versions));
    }

    @Override
    public List<OrderVersion> confirm(String exchangeId, Instant now) {
        if (!tables.readable()) {
            return List.of();
        }
        Dialect dialect = backend.dialect();
        return backend.inTransaction("cannot confirm the orders of exchange " + exchangeId, handle -> {
            // DELETE … RETURNING takes the set once: of two confirmations at once, one confirms it.
            List<OrderVersion> taken = new ArrayList<>(handle.createQuery(
                            "DELETE FROM onecsync_order_sent WHERE exchange_id = :exchange RETURNING order_id, changed_at")
                    .bind("exchange", exchangeId)
                    .map((rs, ctx) -> new OrderVersion(rs.getString("order_id"), dialect.time(rs, "changed_at")))
                    .list());
            taken.sort(Comparator.comparing(OrderVersion::orderId));
            confirmAll(handle, dialect, taken, now);
            HandOverRows.confirm(handle, dialect, exchangeId);
            return taken;
        });
    }

    private static void confirmAll(Handle handle, Dialect dialect, List<OrderVersion> taken, Instant now) {
        if (taken.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO onecsync_order_export (order_id, confirmed_changed_at, confirmed_at)
                VALUES (:id, :changedAt, :now)
                ON CONFLICT (order_id) DO UPDATE SET confirmed_changed_at = excluded.confirmed_changed_at,
                    confirmed_at = excluded.confirmed_at
                WHERE onecsync_order_export.confirmed_changed_at < excluded.confirmed_changed_at
                """);
        for (OrderVersion version : taken) {
            batch.bind("id", version.orderId()).bind("changedAt", dialect.time(version.changedAt()))
                    .bind("now", dialect.time(now)).add();
        }
        batch.execute();
        // Other exchanges' records of versions now confirmed are done with.
        handle.createUpdate("""
                DELETE FROM onecsync_order_sent WHERE EXISTS (SELECT 1 FROM onecsync_order_export e
                    WHERE e.order_id = onecsync_order_sent.order_id
                    AND onecsync_order_sent.changed_at <= e.confirmed_changed_at)
                """).execute();
    }

    @Override
    public OrderSink.Result applyStatus(OrderStatusUpdate update, Instant now) {
        tables.ensure();
        Dialect dialect = backend.dialect();
        return backend.inTransaction("cannot apply the status of order " + update.orderNumber(),
                handle -> OrderStatusRows.apply(handle, dialect, update, now, null));
    }
}
