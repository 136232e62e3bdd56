package org.onecsync.jdbi.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.onecsync.store.OrderVersion;
import org.onecsync.store.SaleExchange;

/**
 * The hand-over rows of the order book (migration V7): the sale exchanges in {@code onecsync_sale_exchange}, and
 * the cursors in {@code onecsync_order_cursor} (the confirmed one under the exchange id {@code ''}, each
 * exchange's next one under its id). Used inside the book's transactions.
 */
final class HandOverRows {

    private static final String CONFIRMED = "";
    private static final int IDS_PER_QUERY = 500;

    private HandOverRows() {
    }

    static void begin(Handle handle, Dialect dialect, SaleExchange exchange) {
        handle.createUpdate("""
                INSERT INTO onecsync_sale_exchange (id, seq, version, new_protocol, started_at)
                VALUES (:id, (SELECT coalesce(max(seq), 0) + 1 FROM onecsync_sale_exchange), :version, :neu, :at)
                """).bind("id", exchange.id()).bind("version", exchange.version()).bind("neu", exchange.newProtocol())
                .bind("at", dialect.time(exchange.startedAt())).execute();
    }

    static Optional<SaleExchange> current(Handle handle, Dialect dialect) {
        return handle.createQuery("SELECT id, version, new_protocol, started_at FROM onecsync_sale_exchange "
                        + "ORDER BY seq DESC LIMIT 1")
                .map((rs, ctx) -> new SaleExchange(rs.getString("id"), rs.getString("version"),
                        rs.getBoolean("new_protocol"), dialect.time(rs, "started_at"))).findOne();
    }

    static Instant cursor(Handle handle, Dialect dialect) {
        return handle.createQuery("SELECT cursor_at FROM onecsync_order_cursor WHERE exchange_id = :id")
                .bind("id", CONFIRMED).map((rs, ctx) -> dialect.time(rs, "cursor_at")).findOne()
                .orElse(Instant.EPOCH);
    }

    /** Records (or, with {@code null}, forgets) the cursor an exchange's set moves the confirmed one to. */
    static void recordNext(Handle handle, Dialect dialect, String exchangeId, Instant next) {
        if (next == null) {
            handle.createUpdate("DELETE FROM onecsync_order_cursor WHERE exchange_id = :id").bind("id", exchangeId)
                    .execute();
            return;
        }
        handle.createUpdate("""
                INSERT INTO onecsync_order_cursor (exchange_id, cursor_at) VALUES (:id, :at)
                ON CONFLICT (exchange_id) DO UPDATE SET cursor_at = excluded.cursor_at
                """).bind("id", exchangeId).bind("at", dialect.time(next)).execute();
    }

    /** Moves the confirmed cursor to the exchange's next one, when later; forgets the exchange's. */
    static void confirm(Handle handle, Dialect dialect, String exchangeId) {
        Optional<Instant> next = handle.createQuery("DELETE FROM onecsync_order_cursor WHERE exchange_id = :id "
                        + "RETURNING cursor_at").bind("id", exchangeId)
                .map((rs, ctx) -> dialect.time(rs, "cursor_at")).findOne();
        // Without a row the confirmed cursor is the epoch (cursor()), so only a later one is worth a row.
        if (next.isPresent() && next.get().isAfter(Instant.EPOCH)) {
            handle.createUpdate("""
                    INSERT INTO onecsync_order_cursor (exchange_id, cursor_at) VALUES (:id, :at)
                    ON CONFLICT (exchange_id) DO UPDATE SET cursor_at = excluded.cursor_at
                    WHERE onecsync_order_cursor.cursor_at < excluded.cursor_at
                    """).bind("id", CONFIRMED).bind("at", dialect.time(next.get())).execute();
        }
    }

    static List<OrderVersion> unconfirmed(Handle handle, Dialect dialect, List<OrderVersion> versions) {
        Map<String, Instant> confirmed = new HashMap<>();
        List<String> ids = versions.stream().map(OrderVersion::orderId).distinct().toList();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            StringBuilder marks = new StringBuilder();
            for (int i = 0; i < part.size(); i++) {
                marks.append(i == 0 ? ":id" : ", :id").append(i);
            }
            var query = handle.createQuery("SELECT order_id, confirmed_changed_at FROM onecsync_order_export "
                    + "WHERE order_id IN (" + marks + ")");
            for (int i = 0; i < part.size(); i++) {
                query.bind("id" + i, part.get(i));
            }
            query.map((rs, ctx) -> Map.entry(rs.getString("order_id"), dialect.time(rs, "confirmed_changed_at")))
                    .forEach(e -> confirmed.put(e.getKey(), e.getValue()));
        }
        List<OrderVersion> open = new ArrayList<>();
        for (OrderVersion version : versions) {
            Instant done = confirmed.get(version.orderId());
            if (done == null || done.isBefore(version.changedAt())) {
                open.add(version);
            }
        }
        return open;
    }
}
