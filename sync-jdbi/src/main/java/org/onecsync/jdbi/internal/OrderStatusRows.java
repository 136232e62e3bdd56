package org.onecsync.jdbi.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;
import org.onecsync.order.OrderJson;
import org.onecsync.order.OrderSink;
import org.onecsync.order.OrderStatusUpdate;

/**
 * The last status 1C sent for each order, in {@code onecsync_order_status}: written on an import's handle (inside its
 * transaction) or on one of the order book's own, read back with the order book's list.
 */
final class OrderStatusRows {

    private OrderStatusRows() {
    }

    /**
     * Matches an update to an order (by id, else the lowest id carrying its number) and makes it the order's last
     * status.
     *
     * @param handle the handle to write on, in the caller's transaction
     * @param dialect the database
     * @param update what 1C says
     * @param now when it is applied
     * @param sessionId the import session applying it, or {@code null} outside one
     * @return applied, or skipped when no order matches
     */
    static OrderSink.Result apply(Handle handle, Dialect dialect, OrderStatusUpdate update, Instant now,
                                  Long sessionId) {
        Optional<String> id = match(handle, update);
        if (id.isEmpty()) {
            return OrderSink.Result.unknownOrder(update);
        }
        Update insert = handle.createUpdate("""
                        INSERT INTO onecsync_order_status (order_id, order_number, document_id, onec_number, onec_date,
                            posted, cancelled, shipped, deletion_mark, status, requisites, session_id, applied_at)
                        VALUES (:id, :number, :documentId, :onecNumber, :onecDate, :posted, :cancelled, :shipped,
                            :deletionMark, :status, %s, :session, :now)
                        ON CONFLICT (order_id) DO UPDATE SET order_number = excluded.order_number,
                            document_id = excluded.document_id, onec_number = excluded.onec_number,
                            onec_date = excluded.onec_date, posted = excluded.posted, cancelled = excluded.cancelled,
                            shipped = excluded.shipped, deletion_mark = excluded.deletion_mark,
                            status = excluded.status, requisites = excluded.requisites,
                            session_id = excluded.session_id, applied_at = excluded.applied_at
                        """.formatted(json(dialect, ":requisites")))
                .bind("id", id.get())
                .bind("number", update.orderNumber())
                .bind("documentId", update.orderId())
                .bind("onecNumber", update.oneCNumber())
                .bind("posted", update.posted())
                .bind("cancelled", update.cancelled())
                .bind("shipped", update.shipped())
                .bind("deletionMark", update.deletionMark())
                .bind("status", update.status())
                .bind("requisites", OrderJson.writeRequisites(update.requisites()))
                .bind("session", sessionId)
                .bind("now", dialect.time(now));
        LocalDateTime date = update.oneCDate();
        if (dialect == Dialect.POSTGRESQL) {
            insert.bind("onecDate", date);
        } else {
            insert.bind("onecDate", date == null ? null : date.toString()); // fixed-format text, as SQLite keeps times
        }
        insert.execute();
        return OrderSink.Result.applied(id.get());
    }

    private static Optional<String> match(Handle handle, OrderStatusUpdate update) {
        if (update.orderId() != null) {
            Optional<String> byId = handle.createQuery("SELECT id FROM onecsync_order WHERE id = :id")
                    .bind("id", update.orderId()).mapTo(String.class).findFirst();
            if (byId.isPresent()) {
                return byId;
            }
        }
        if (update.orderNumber() == null) {
            return Optional.empty();
        }
        return handle.createQuery("SELECT id FROM onecsync_order WHERE number = :number ORDER BY id LIMIT 1")
                .bind("number", update.orderNumber()).mapTo(String.class).findFirst();
    }

    /**
     * Reads the status columns of a row that has them ({@code applied_at} not null).
     *
     * @param rs the row
     * @param dialect the database
     * @return the update as it was applied
     * @throws SQLException when a column cannot be read
     */
    static OrderStatusUpdate read(ResultSet rs, Dialect dialect) throws SQLException {
        String date = rs.getString("onec_date");
        LocalDateTime onecDate = date == null ? null : dialect == Dialect.POSTGRESQL
                ? rs.getObject("onec_date", LocalDateTime.class) : LocalDateTime.parse(date);
        return new OrderStatusUpdate(rs.getString("order_number"), rs.getString("document_id"),
                rs.getString("onec_number"), onecDate, bool(rs, "posted"), bool(rs, "cancelled"),
                bool(rs, "shipped"), bool(rs, "deletion_mark"), rs.getString("status"),
                OrderJson.readRequisites(rs.getString("requisites")));
    }

    /** A parameter of a JSON column: cast to jsonb on PostgreSQL, text on SQLite. */
    static String json(Dialect dialect, String parameter) {
        return dialect == Dialect.POSTGRESQL ? "CAST(" + parameter + " AS jsonb)" : parameter;
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
