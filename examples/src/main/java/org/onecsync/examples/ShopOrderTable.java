package org.onecsync.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.onecsync.order.Order;
import org.onecsync.order.OrderItem;
import org.onecsync.order.OrderSink;
import org.onecsync.order.OrderSource;
import org.onecsync.order.OrderStatusUpdate;

/**
 * A shop's own orders table, handed to 1C by the order exchange ({@code type=sale}) without copying the orders
 * anywhere: it is the {@link OrderSource} 1C's {@code query} reads, and the {@link OrderSink} that receives the
 * status documents 1C sends back. Plain JDBC over any {@link DataSource} (your connection pool); the SQL is
 * portable (SQLite in the example, PostgreSQL or MySQL alike).
 *
 * <p>The tables ({@link ShopOrderSchema} creates them; yours will differ, adapt the SQL here):
 * <ul>
 *   <li>{@code shop_order}: the order as the shop took it ({@code id, number, created, currency, customer_name,
 *       email, phone, address, delivery_name, delivery_price, payment, paid, status, comment, total}), the export
 *       cursor {@code changed_at}, and what 1C said about it ({@code onec_number, onec_date, posted, cancelled,
 *       shipped, deletion_mark, onec_status});</li>
 *   <li>{@code shop_order_line}: its lines ({@code order_id, line_no, offer, name, quantity, price}); {@code offer}
 *       is the catalog's offer key, {@code product#variant} for a variant, as 1C knows the goods.</li>
 * </ul>
 *
 * <p>The one rule the shop's own code must keep: <b>whenever it changes an order</b> (placed, edited, paid,
 * cancelled by the customer), <b>it sets {@code changed_at} to now</b>. That column is how 1C's next exchange finds
 * the order; the library remembers which version of each order 1C has confirmed, so an order is handed over again
 * exactly when it changed. {@code changed_at} holds microseconds since 1970 (UTC) in a {@code BIGINT}: exact,
 * ordered and the same on every database (SQLite has no timestamp type).
 *
 * <p>Thread-safe: every call takes its own connection from the data source.
 */
public final class ShopOrderTable implements OrderSource, OrderSink {

    private static final String ORDER_COLUMNS = "id, number, created, currency, customer_name, email, phone, address,"
            + " delivery_name, delivery_price, payment, paid, status, comment, total, changed_at";

    private final DataSource database;

    /** @param database the shop's database, holding {@code shop_order} and {@code shop_order_line} */
    public ShopOrderTable(DataSource database) {
        this.database = database;
    }

    /**
     * The orders changed at or after {@code since}, oldest change first, ties by id, at most {@code limit}.
     *
     * @throws IllegalStateException when the database fails (the exchange answers {@code failure}; 1C tries again)
     */
    @Override
    public List<Order> changedSince(Instant since, int limit) {
        String sql = "SELECT " + ORDER_COLUMNS + " FROM shop_order WHERE changed_at >= ? ORDER BY changed_at, id";
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            // setMaxRows instead of LIMIT / FETCH FIRST: the one way to cap rows that every database accepts.
            select.setMaxRows(limit);
            select.setLong(1, ShopOrderRows.micros(since));
            List<ShopOrderRows.Head> heads = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    heads.add(ShopOrderRows.head(rows));
                }
            }
            // All their lines in one more query, however many orders: not one query per order.
            Map<Long, List<OrderItem>> lines = lines(connection, heads);
            List<Order> orders = new ArrayList<>(heads.size());
            for (ShopOrderRows.Head head : heads) {
                orders.add(head.toOrder(lines.getOrDefault(head.id(), List.of())));
            }
            return orders;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the shop's orders changed since " + since, e);
        }
    }

    /**
     * The lines of these orders by order id, each order's in {@code line_no} order. The {@code IN} list has one
     * parameter per order, at most the exchange's query limit (500 by default): far below the most SQLite (32766)
     * and PostgreSQL (32767) take.
     */
    private static Map<Long, List<OrderItem>> lines(Connection connection, List<ShopOrderRows.Head> heads)
            throws SQLException {
        Map<Long, List<OrderItem>> lines = new HashMap<>();
        if (heads.isEmpty()) {
            return lines;
        }
        String sql = "SELECT order_id, offer, name, quantity, price FROM shop_order_line WHERE order_id IN ("
                + String.join(", ", Collections.nCopies(heads.size(), "?")) + ") ORDER BY order_id, line_no";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < heads.size(); i++) {
                select.setLong(i + 1, heads.get(i).id());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lines.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(OrderItem.of(
                            rows.getString(2), rows.getString(3), rows.getBigDecimal(4), rows.getBigDecimal(5)));
                }
            }
        }
        return lines;
    }

    /**
     * Writes what 1C says about an order into its 1C columns: the order matched by the id the shop sent (1C sends it
     * back as {@code Ид}), else by its number. A value 1C did not send keeps the column as it was.
     *
     * <p>Each update commits on its own, outside the library's import transaction (this is the shop's database): if
     * a file's import fails half-way, the updates before the failure stay. That is harmless, because applying an
     * update again writes the same values, and 1C sends the file again at its next exchange.
     *
     * @return {@link Result#applied} with the order's id, or {@link Result#unknownOrder} when no order matches
     * @throws IllegalStateException when the database fails (the import fails; 1C sends the file again)
     */
    @Override
    public Result apply(OrderStatusUpdate update) {
        try (Connection connection = database.getConnection()) {
            Optional<Long> id = match(connection, update);
            if (id.isEmpty()) {
                return Result.unknownOrder(update);
            }
            // changed_at is left alone on purpose: it is the export cursor. Bumping it here would make the next
            // query hand the order back to 1C, which would answer with the same status, and so on every exchange.
            try (PreparedStatement write = connection.prepareStatement("UPDATE shop_order SET"
                    + " onec_number = COALESCE(?, onec_number), onec_date = COALESCE(?, onec_date),"
                    + " posted = COALESCE(?, posted), cancelled = COALESCE(?, cancelled),"
                    + " shipped = COALESCE(?, shipped), deletion_mark = COALESCE(?, deletion_mark),"
                    + " onec_status = COALESCE(?, onec_status) WHERE id = ?")) {
                write.setString(1, update.oneCNumber());
                write.setString(2, update.oneCDate() == null ? null : ShopOrderRows.text(update.oneCDate()));
                flag(write, 3, update.posted());
                flag(write, 4, update.cancelled());
                flag(write, 5, update.shipped());
                flag(write, 6, update.deletionMark());
                write.setString(7, update.status());
                write.setLong(8, id.get());
                write.executeUpdate();
            }
            return Result.applied(String.valueOf(id.get()));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record 1C's status of order " + update.orderNumber(), e);
        }
    }

    /** The id of the order an update is about: by the id the shop sent when it is one of ours, else by number. */
    private static Optional<Long> match(Connection connection, OrderStatusUpdate update) throws SQLException {
        Long byId = ShopOrderRows.parseId(update.orderId());
        if (byId != null) {
            Optional<Long> found = firstId(connection, "SELECT id FROM shop_order WHERE id = ?", byId);
            if (found.isPresent()) {
                return found;
            }
        }
        if (update.orderNumber() == null) {
            return Optional.empty();
        }
        return firstId(connection, "SELECT id FROM shop_order WHERE number = ?", update.orderNumber());
    }

    private static Optional<Long> firstId(Connection connection, String sql, Object key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    private static void flag(PreparedStatement statement, int index, Boolean value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BOOLEAN);
        } else {
            statement.setBoolean(index, value);
        }
    }
}
