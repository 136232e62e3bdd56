package org.onecsync.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecsync.order.Customer;
import org.onecsync.order.Delivery;
import org.onecsync.order.Order;
import org.onecsync.order.OrderItem;
import org.onecsync.order.OrderSink.Result;
import org.onecsync.order.OrderStatusUpdate;

/** What {@link ShopOrderTable} does on each database its SQL must run on. */
abstract class ShopOrderTableContract {

    static final Instant T = Instant.parse("2026-11-30T08:00:00.123456Z");

    private DataSource database;
    private ShopOrderTable table;

    /** @return the database for one test, empty */
    abstract DataSource database() throws SQLException;

    static Order order(long id, Instant changedAt) {
        return Order.builder().id(String.valueOf(id)).number("N-" + id).date(LocalDateTime.parse("2026-11-30T11:05:09"))
                .currency("RUB").customer(Customer.of("Олег", "oleg@example.com", null, "Тула, ул. Мира, 3"))
                .line(OrderItem.of("p1#red", "Футболка", new BigDecimal("2"), new BigDecimal("499.50")))
                .line(OrderItem.of("p2", "Кружка", new BigDecimal("1"), new BigDecimal("250")))
                .delivery(new Delivery("Курьер", new BigDecimal("300"))).payment("Картой").paid(true)
                .status("Новый").comment("после 18:00").changedAt(changedAt).build();
    }

    @BeforeEach
    void tables() throws SQLException {
        database = database();
        ShopOrderSchema.create(database);
        table = new ShopOrderTable(database);
        ShopOrderSchema.insert(database, order(3, T));
        ShopOrderSchema.insert(database, order(2, T));
        ShopOrderSchema.insert(database, order(1, T.minusSeconds(1)));
    }

    /** An order as "id number changedAt total | lines | delivery customer paid status comment". */
    static String text(Order o) {
        StringBuilder lines = new StringBuilder();
        for (OrderItem line : o.lines()) {
            lines.append(line.offer()).append(' ').append(line.name()).append(' ').append(plain(line.quantity()))
                    .append('x').append(plain(line.price())).append("; ");
        }
        return o.id() + " " + o.number() + " " + o.date() + " " + o.changedAt() + " " + plain(o.total()) + " | "
                + lines + "| " + o.delivery().name() + " " + plain(o.delivery().price()) + " " + o.customer() + " "
                + o.payment() + " " + o.paid() + " " + o.status() + " " + o.comment();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    @Test
    void anOrderReadsBackAsTheShopStoredIt() {
        assertEquals(text(order(1, T.minusSeconds(1))), text(table.changedSince(Instant.EPOCH, 1).get(0)));
    }

    @Test
    void changedSinceTakesTheCursorInclusivelyOldestChangeFirstTiesByIdAtMostTheLimit() {
        assertEquals(List.of("2", "3"), ids(table.changedSince(T, 10)));
        assertEquals(List.of("1", "2"), ids(table.changedSince(Instant.EPOCH, 2)));
        assertEquals(List.of(), ids(table.changedSince(T.plusNanos(1000), 10)));
    }

    @Test
    void aStatusUpdateMatchesByIdElseByNumberAndKeepsWhatOneCDidNotSend() throws SQLException {
        assertEquals(Result.applied("2"), table.apply(new OrderStatusUpdate("N-2", "2", " ЦБ-7 ",
                LocalDateTime.parse("2026-11-30T12:00:00"), true, false, null, false, "Собран", List.of())));
        assertEquals(Result.applied("2"), table.apply(new OrderStatusUpdate("N-2", "a1b2-guid", null, null, null,
                null, true, null, "Отгружен", List.of())));

        assertEquals("ЦБ-7 2026-11-30T12:00:00 true false true false Отгружен", oneCColumns(2));
        assertEquals("null null null null null null null", oneCColumns(3));
        // changed_at stays: the orders 1C answered about are not handed over again.
        assertEquals(List.of("2", "3"), ids(table.changedSince(T, 10)));
        assertEquals(List.of(), ids(table.changedSince(T.plusNanos(1000), 10)));
    }

    @Test
    void anUpdateForAnOrderTheShopDoesNotHaveIsSkippedWithAReason() throws SQLException {
        Result result = table.apply(new OrderStatusUpdate("N-404", "404", "ЦБ-9", null, true, null, null, null,
                null, List.of()));
        assertEquals(Result.skipped("no order with number \"N-404\" or id \"404\""), result);
        assertEquals("null null null null null null null", oneCColumns(1));
    }

    private String oneCColumns(long id) throws SQLException {
        try (Connection connection = database.getConnection(); Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT onec_number, onec_date, posted, cancelled, shipped,"
                     + " deletion_mark, onec_status FROM shop_order WHERE id = " + id)) {
            rows.next();
            StringBuilder text = new StringBuilder();
            for (int column = 1; column <= 7; column++) {
                String value = column >= 3 && column <= 6 ? flag(rows, column) : rows.getString(column);
                text.append(column == 1 ? "" : " ").append(value);
            }
            return text.toString();
        }
    }

    private static String flag(ResultSet rows, int column) throws SQLException {
        boolean value = rows.getBoolean(column);
        return rows.wasNull() ? "null" : String.valueOf(value);
    }

    private static List<String> ids(List<Order> orders) {
        return orders.stream().map(Order::id).toList();
    }
}
