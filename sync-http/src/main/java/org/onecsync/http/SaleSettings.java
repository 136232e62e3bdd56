package org.onecsync.http;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.onecsync.order.OrderSink;
import org.onecsync.order.OrderSource;

/**
 * How the server answers 1C's order exchange ({@code type=sale}).
 *
 * @param source the shop's orders; {@code null} for the store's order book ({@code onec-sync orders add})
 * @param sink receives 1C's status updates; {@code null} for the store's order book, in the import's transaction
 * @param charset the charset of the order documents: UTF-8 (written with a byte-order mark, which 1C 8.3 needs) or
 *        windows-1251; the {@code Content-Type} names it
 * @param queryLimit the most orders one {@code query} hands over, oldest change first; the rest come with the next
 *        exchange (1C runs one every few minutes), never dropped
 * @param statuses the shop's order statuses, for {@code info}
 * @param paymentSystems the shop's payment systems, for {@code info}
 * @param deliveryServices the shop's delivery services, for {@code info}
 */
public record SaleSettings(OrderSource source, OrderSink sink, Charset charset, int queryLimit, List<String> statuses,
                           List<String> paymentSystems, List<String> deliveryServices) {

    /** The default {@link #queryLimit()}. */
    public static final int DEFAULT_QUERY_LIMIT = 500;

    /**
     * Checks the settings.
     *
     * @param source the shop's orders, or {@code null} for the store's order book
     * @param sink receives the status updates, or {@code null} for the store's order book
     * @param charset UTF-8 or windows-1251
     * @param queryLimit above zero
     * @param statuses the order statuses for {@code info}
     * @param paymentSystems the payment systems for {@code info}
     * @param deliveryServices the delivery services for {@code info}
     */
    public SaleSettings {
        Objects.requireNonNull(charset, "charset");
        if (!charset.equals(StandardCharsets.UTF_8) && !charset.name().equalsIgnoreCase("windows-1251")) {
            throw new IllegalArgumentException("order documents are written in UTF-8 or windows-1251, not " + charset);
        }
        if (queryLimit < 1) {
            throw new IllegalArgumentException("the query limit must be above zero, was " + queryLimit);
        }
        statuses = List.copyOf(statuses);
        paymentSystems = List.copyOf(paymentSystems);
        deliveryServices = List.copyOf(deliveryServices);
    }

    /**
     * The defaults: the store's order book, UTF-8, {@value #DEFAULT_QUERY_LIMIT} orders per {@code query}, the
     * statuses {@code Новый}, {@code Принят}, {@code Выполнен}, {@code Отменен}, no payment systems or delivery
     * services.
     *
     * @return the defaults
     */
    public static SaleSettings defaults() {
        return new SaleSettings(null, null, StandardCharsets.UTF_8, DEFAULT_QUERY_LIMIT,
                List.of("Новый", "Принят", "Выполнен", "Отменен"), List.of(), List.of());
    }

    /**
     * @param orders the shop's orders
     * @param updates receives 1C's status updates
     * @return these settings with the shop's own order tables
     */
    public SaleSettings withOrders(OrderSource orders, OrderSink updates) {
        return new SaleSettings(Objects.requireNonNull(orders, "orders"), Objects.requireNonNull(updates, "updates"),
                charset, queryLimit, statuses, paymentSystems, deliveryServices);
    }

    /**
     * @param value UTF-8 or windows-1251
     * @return these settings with that document charset
     */
    public SaleSettings withCharset(Charset value) {
        return new SaleSettings(source, sink, value, queryLimit, statuses, paymentSystems, deliveryServices);
    }

    /**
     * @param value the most orders one {@code query} hands over
     * @return these settings with that limit
     */
    public SaleSettings withQueryLimit(int value) {
        return new SaleSettings(source, sink, charset, value, statuses, paymentSystems, deliveryServices);
    }

    /**
     * @param orderStatuses the shop's order statuses
     * @param payments the shop's payment systems
     * @param deliveries the shop's delivery services
     * @return these settings with that reference data for {@code info}
     */
    public SaleSettings withReferences(List<String> orderStatuses, List<String> payments, List<String> deliveries) {
        return new SaleSettings(source, sink, charset, queryLimit, orderStatuses, payments, deliveries);
    }
}
