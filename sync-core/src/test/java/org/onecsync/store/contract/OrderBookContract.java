package org.onecsync.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecsync.model.Requisite;
import org.onecsync.order.Customer;
import org.onecsync.order.Delivery;
import org.onecsync.order.Order;
import org.onecsync.order.OrderItem;
import org.onecsync.order.OrderSink;
import org.onecsync.order.OrderStatusUpdate;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.ImportTransaction;
import org.onecsync.store.OrderBook;
import org.onecsync.store.OrderBookEntry;
import org.onecsync.store.OrderExportState;
import org.onecsync.store.OrderVersion;
import org.onecsync.store.SaleExchange;
import org.onecsync.store.SessionResult;
import org.onecsync.store.SessionStart;
import org.onecsync.store.SessionStatus;

/**
 * What every store's order book gives: orders kept as added, the two-phase hand-over (a query's set confirmed exactly,
 * an order changed after the query exported again), and 1C's statuses matched by id or number, applied at once or with
 * an import's transaction. A store's test class extends this and supplies a fresh, empty store per test.
 */
public abstract class OrderBookContract {

    private static final Instant T1 = Instant.parse("2026-11-30T08:00:00.123456Z");
    private static final Instant T2 = T1.plusSeconds(60);
    private static final Instant T3 = T1.plusSeconds(120);

    /** A fresh, empty store for one test; the subclass closes it. */
    protected abstract CatalogStore store();

    private OrderBook book() {
        store().prepare();
        return store().orders().orElseThrow();
    }

    static Order order(String number, Instant changedAt) {
        return Order.builder().number(number).date(LocalDateTime.parse("2026-11-30T10:15:00")).currency("RUB")
                .customer(new Customer("c-7", "Иван Петров", "ivan@example.com", "+7 900 000-00-00",
                        "Москва, ул. Ленина, 1", "Иван", "Петров", null))
                .line(new OrderItem("p1#red", "Футболка красная", new BigDecimal("2"), new BigDecimal("499.50"),
                        new BigDecimal("99"), null, null))
                .line(OrderItem.of("p2", "Кружка", BigDecimal.ONE, new BigDecimal("250")))
                .delivery(new Delivery("Курьер", new BigDecimal("300")))
                .payment("Картой").paid(true).status("Принят").comment("позвонить \"заранее\"")
                .requisite("Источник", "сайт").requisite("Пусто", null)
                .changedAt(changedAt).build();
    }

    private static List<OrderExportState> states(OrderBook book) {
        return book.list().stream().map(OrderBookEntry::state).toList();
    }

    private static List<String> ids(List<Order> orders) {
        return orders.stream().map(Order::id).toList();
    }

    @Test
    void addedOrdersAreListedOldestChangeFirstAsNewAndReadBackUnchanged() {
        Order a = order("A-1", T2);
        Order b = order("B-2", T1);
        book().add(List.of(a, b));

        List<OrderBookEntry> entries = book().list();
        assertEquals(List.of(b, a), entries.stream().map(OrderBookEntry::order).toList());
        assertEquals(List.of(OrderExportState.NEW, OrderExportState.NEW), states(book()));
        assertNull(entries.get(0).confirmedChangedAt());
        assertNull(entries.get(0).lastStatus());
        assertEquals(new BigDecimal("1450.00"), entries.get(0).order().total());
    }

    @Test
    void addingAnOrderWithTheSameIdReplacesIt() {
        book().add(List.of(order("A-1", T1)));
        Order changed = order("A-1", T2).toBuilder().status("Отменен").build();
        book().add(List.of(changed));

        assertEquals(List.of(changed), book().list().stream().map(OrderBookEntry::order).toList());
    }

    @Test
    void changedSinceIsInclusiveOldestFirstAndLimited() {
        book().add(List.of(order("C", T3), order("A", T1), order("B", T2)));

        assertEquals(List.of("B", "C"), ids(book().changedSince(T2, 10)));
        assertEquals(List.of("A"), ids(book().changedSince(Instant.EPOCH, 1)));
        assertEquals(List.of(), ids(book().changedSince(T3.plusNanos(1000), 10)));
    }

    @Test
    void aQueryWithoutSuccessHandsTheSameOrdersOverAgainWithNewerOnes() {
        book().add(List.of(order("A", T1), order("B", T2)));
        book().recordSent("x1", List.of(new OrderVersion("A", T1), new OrderVersion("B", T2)), T2);
        book().add(List.of(order("C", T3)));

        assertEquals(List.of("A", "B", "C"), ids(book().toExport(10)));
        assertEquals(List.of(OrderExportState.SENT, OrderExportState.SENT, OrderExportState.NEW), states(book()));
        assertEquals(List.of("A"), ids(book().toExport(1)));
    }

    @Test
    void successConfirmsExactlyTheSetTheExchangesLastQueryRecorded() {
        book().add(List.of(order("A", T1), order("B", T2), order("C", T3)));
        book().recordSent("x1", List.of(new OrderVersion("C", T3)), T3);
        book().recordSent("x1", List.of(new OrderVersion("A", T1), new OrderVersion("B", T2)), T3);
        book().recordSent("x2", List.of(new OrderVersion("C", T3)), T3);

        assertEquals(List.of(new OrderVersion("A", T1), new OrderVersion("B", T2)), book().confirm("x1", T3));
        assertEquals(List.of("C"), ids(book().toExport(10)));
        assertEquals(List.of(OrderExportState.CONFIRMED, OrderExportState.CONFIRMED, OrderExportState.SENT),
                states(book()));
        assertEquals(T1, book().list().get(0).confirmedChangedAt());
        assertEquals(List.of(), book().confirm("x1", T3));
        assertEquals(List.of(), book().confirm("unknown", T3));
    }

    @Test
    void anOrderChangedAfterTheQueryIsConfirmedInTheVersionHandedOverOnlyAndExportedAgain() {
        book().add(List.of(order("A", T1)));
        book().recordSent("x1", List.of(new OrderVersion("A", T1)), T1);
        book().add(List.of(order("A", T2)));

        assertEquals(List.of(new OrderVersion("A", T1)), book().confirm("x1", T2));
        OrderBookEntry entry = book().list().get(0);
        assertEquals(OrderExportState.NEW, entry.state());
        assertEquals(T1, entry.confirmedChangedAt());
        assertEquals(List.of(order("A", T2)), book().toExport(10));
    }

    @Test
    void aConfirmationOfAnOlderVersionDoesNotUndoANewerOne() {
        book().add(List.of(order("A", T1)));
        book().recordSent("old", List.of(new OrderVersion("A", T1)), T1);
        book().add(List.of(order("A", T2)));
        book().recordSent("new", List.of(new OrderVersion("A", T2)), T2);
        book().confirm("new", T2);

        assertEquals(List.of(), book().confirm("old", T3));
        assertEquals(T2, book().list().get(0).confirmedChangedAt());
        assertEquals(List.of(OrderExportState.CONFIRMED), states(book()));
    }

    static OrderStatusUpdate status(String number, String id, String oneCNumber) {
        return new OrderStatusUpdate(number, id, oneCNumber, LocalDateTime.parse("2026-12-01T09:30:00"), true,
                false, null, false, "[N] Принят",
                List.of(new Requisite("Номер по 1С", oneCNumber), new Requisite("Проведен", "true"),
                        new Requisite("Пусто", null)));
    }

    @Test
    void theCurrentSaleExchangeIsTheOneBegunLast() {
        assertEquals(java.util.Optional.empty(), book().currentExchange());
        SaleExchange first = new SaleExchange("s1", "2.05", false, T1);
        SaleExchange second = new SaleExchange("s2", "3.1", true, T2);
        book().beginExchange(first);
        book().beginExchange(second);
        assertEquals(second, book().currentExchange().orElseThrow());
    }

    @Test
    void theCursorMovesOnlyWhenTheExchangeWhoseQueryRecordedItIsConfirmedAndNeverBack() {
        OrderBook book = book();
        assertEquals(Instant.EPOCH, book.cursor());
        book.recordSent("s1", List.of(new OrderVersion("x-1", T2)), T2, T2);
        book.recordSent("s2", List.of(new OrderVersion("x-2", T1)), T1, T2);
        assertEquals(Instant.EPOCH, book.cursor());
        assertEquals(List.of(new OrderVersion("x-1", T2)), book.confirm("s1", T3));
        assertEquals(T2, book.cursor());
        book.confirm("s2", T3);
        assertEquals(T2, book.cursor());
        // A set recorded without a cursor leaves it where it is.
        book.recordSent("s3", List.of(new OrderVersion("x-3", T3)), T3);
        book.confirm("s3", T3);
        assertEquals(T2, book.cursor());
    }

    @Test
    void unconfirmedKeepsTheVersionsNotConfirmedInTheirOrderWhetherOrNotTheBookHoldsTheOrders() {
        OrderBook book = book();
        book.recordSent("s1", List.of(new OrderVersion("shop-1", T2), new OrderVersion("shop-2", T2)), T2, T2);
        book.confirm("s1", T3);
        List<OrderVersion> asked = List.of(new OrderVersion("shop-3", T1), new OrderVersion("shop-1", T2),
                new OrderVersion("shop-2", T3), new OrderVersion("shop-1", T1));
        assertEquals(List.of(new OrderVersion("shop-3", T1), new OrderVersion("shop-2", T3)), book.unconfirmed(asked));
        assertEquals(List.of(), book.unconfirmed(List.of()));
    }

    @Test
    void aStatusIsMatchedByIdElseByNumberAndAnUnknownOrderIsSkippedWithTheReason() {
        book().add(List.of(order("A-1", T1), order("B-2", T2)));

        assertEquals(OrderSink.Result.applied("A-1"), book().applyStatus(status("A-1", null, " 00017 "), T2));
        assertEquals(OrderSink.Result.applied("B-2"), book().applyStatus(status("nope", "B-2", "00018"), T3));
        assertEquals(OrderSink.Result.skipped("no order with number \"Z-9\" or id \"z\""),
                book().applyStatus(status("Z-9", "z", "1"), T3));

        List<OrderBookEntry> entries = book().list();
        assertEquals(status("A-1", null, " 00017 "), entries.get(0).lastStatus());
        assertEquals("00017", entries.get(0).lastStatus().oneCNumber());
        assertEquals(T2, entries.get(0).statusAt());
        assertEquals(status("nope", "B-2", "00018"), entries.get(1).lastStatus());
    }

    @Test
    void statusesThroughAnImportTransactionCommitWithItAndVanishWithARollback() {
        book().add(List.of(order("A-1", T1), order("B-2", T2)));
        try (ImportTransaction tx = store().begin(session(), T2)) {
            OrderSink sink = tx.orderSink().orElseThrow();
            assertEquals(OrderSink.Result.applied("A-1"), sink.apply(status("A-1", null, "1")));
            assertEquals(OrderSink.Result.unknownOrder(status("Q", null, "2")), sink.apply(status("Q", null, "2")));
        }
        assertEquals(Arrays.asList(null, null), book().list().stream().map(OrderBookEntry::lastStatus).toList());

        long session = session();
        try (ImportTransaction tx = store().begin(session, T3)) {
            OrderSink sink = tx.orderSink().orElseThrow();
            sink.apply(status("A-1", null, "1"));
            sink.apply(status("B-2", "B-2", "2"));
            sink.apply(status("A-1", "A-1", "3"));
            tx.commit(new SessionResult(SessionStatus.SUCCEEDED, T3, Map.of(), List.of(), 0, null));
        }
        List<OrderBookEntry> entries = book().list();
        assertEquals(status("A-1", "A-1", "3"), entries.get(0).lastStatus());
        assertEquals(T3, entries.get(0).statusAt());
        assertEquals(status("B-2", "B-2", "2"), entries.get(1).lastStatus());
    }

    private long session() {
        return store().sessions().open(new SessionStart("orders", "test", false, T1));
    }
}
