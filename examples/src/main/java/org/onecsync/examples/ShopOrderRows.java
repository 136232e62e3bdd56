package org.onecsync.examples;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.onecsync.order.Customer;
import org.onecsync.order.Delivery;
import org.onecsync.order.Order;
import org.onecsync.order.OrderItem;

/** How {@link ShopOrderTable}'s rows read as {@link Order}s, and the column formats both directions share. */
final class ShopOrderRows {

    /**
     * Dates are kept as {@code yyyy-MM-ddTHH:mm:ss} text: fixed width, so they sort as dates, and read the same on
     * every database (SQLite has no date type, and drivers disagree on zones for {@code TIMESTAMP}).
     */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private ShopOrderRows() {
    }

    /** One {@code shop_order} row, before its lines are read. */
    record Head(long id, String number, LocalDateTime created, String currency, String customerName, String email,
                String phone, String address, String deliveryName, BigDecimal deliveryPrice, String payment,
                boolean paid, String status, String comment, BigDecimal total, Instant changedAt) {

        Order toOrder(List<OrderItem> lines) {
            Order.Builder order = Order.builder().id(String.valueOf(id)).number(number).date(created)
                    .currency(currency).total(total).customer(Customer.of(customerName, email, phone, address))
                    .payment(payment).paid(paid).status(status).comment(comment).changedAt(changedAt);
            if (deliveryName != null) {
                order.delivery(new Delivery(deliveryName, deliveryPrice == null ? BigDecimal.ZERO : deliveryPrice));
            }
            lines.forEach(order::line);
            return order.build();
        }
    }

    /** Reads the row a {@code SELECT} of {@code ShopOrderTable.ORDER_COLUMNS} is on. */
    static Head head(ResultSet row) throws SQLException {
        return new Head(row.getLong("id"), row.getString("number"), dateTime(row.getString("created")),
                row.getString("currency"), row.getString("customer_name"), row.getString("email"),
                row.getString("phone"), row.getString("address"), row.getString("delivery_name"),
                row.getBigDecimal("delivery_price"), row.getString("payment"), row.getBoolean("paid"),
                row.getString("status"), row.getString("comment"), row.getBigDecimal("total"),
                instant(row.getLong("changed_at")));
    }

    /** @return a date as the tables keep it */
    static String text(LocalDateTime value) {
        return DATE_TIME.format(value.truncatedTo(ChronoUnit.SECONDS));
    }

    static LocalDateTime dateTime(String text) {
        return text == null ? null : LocalDateTime.parse(text, DATE_TIME);
    }

    /** @return {@code changed_at} for an instant: microseconds since 1970 */
    static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    /**
     * The shop's id in an update's {@code Ид}, or {@code null} when it cannot be one of ours (1C's own documents
     * carry a GUID there; those are matched by number).
     */
    static Long parseId(String orderId) {
        if (orderId == null || orderId.isBlank() || orderId.strip().length() > 18
                || !orderId.strip().chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.parseLong(orderId.strip());
    }
}
