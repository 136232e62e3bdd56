package org.onecsync.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecsync.SyncException;
import org.onecsync.model.EntityId;
import org.onecsync.model.EntityType;
import org.onecsync.model.Requisite;
import org.onecsync.order.Customer;
import org.onecsync.order.Order;
import org.onecsync.order.OrderItem;
import org.onecsync.order.OrderSink;
import org.onecsync.order.OrderStatusUpdate;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.Change;
import org.onecsync.store.ChangeEvent;
import org.onecsync.store.ChangeKind;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.OrderBook;
import org.onecsync.store.OrderBookEntry;
import org.onecsync.store.Problem;
import org.onecsync.store.SessionStatus;
import org.onecsync.sync.ImportFailedException;
import org.onecsync.sync.ImportKind;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.ImportReport;
import org.onecsync.sync.SyncEngine;

/**
 * What an import does with 1C's status documents on every store: they update the order book's orders in the import's
 * session and enter the change feed; unknown orders are skipped with the reason; a shop's own sink receives them
 * instead; a failing sink rolls the import back. A store's test class extends this with a fresh, empty store per test.
 */
public abstract class StatusImportContract {

    /** A fresh, empty store for one test; the subclass closes it. */
    protected abstract CatalogStore store();

    private OrderBook book() {
        store().prepare();
        return store().orders().orElseThrow();
    }

    private ImportReport run(TestExport export, ImportOptions options) {
        return SyncEngine.builder(store()).parsers(TestExport.parsers()).build().importExport(export.source(), options);
    }

    private static Order order(String id, String number) {
        return Order.builder().id(id).number(number).date(LocalDateTime.parse("2026-11-30T10:15:00")).currency("RUB")
                .customer(new Customer(null, "Иван Петров", "ivan@example.com", null, null, null, null, null))
                .changedAt(Instant.parse("2026-11-30T08:00:00Z")).line(OrderItem.of("p2", "Кружка", BigDecimal.ONE, new BigDecimal("250"))).build();
    }

    /** A status document as the CommerceML reader gives it. */
    static org.onecsync.model.Order status(String id, String number, String operation, String... requisites) {
        List<Requisite> list = new ArrayList<>();
        for (int i = 0; i < requisites.length; i += 2) {
            list.add(new Requisite(requisites[i], requisites[i + 1]));
        }
        return new org.onecsync.model.Order(id, number, LocalDateTime.parse("2026-12-01T09:00:00"), operation,
                "Продавец", null, null, null, List.of(), List.of(), list, false);
    }

    private static final org.onecsync.model.Order OLD_NAMES = status("A-1", "A-1", "Заказ товара",
            "Номер по 1С", "MM1", "Дата по 1С", "2026-12-01", "ПометкаУдаления", "false", "Проведен", "true",
            "Статус заказа", "Открыт");
    private static final org.onecsync.model.Order NEW_NAMES = status("1c-doc-2", "B-2", null,
            "Номер1С", " 00017 ", "Дата1С", " 2026-12-01 09:30:00 ", "Проведен", "Да", "Отменен", "Нет",
            "Отгружен", "true", "Номер отгрузки по 1С", "00023");

    @Test
    void statusDocumentsUpdateTheirOrdersInTheImportsSessionAndEnterTheChangeFeed() {
        book().add(List.of(order("A-1", "A-1"), order("shop-2", "B-2")));

        ImportReport report = run(TestExport.of().file("orders.xml", false, OLD_NAMES, NEW_NAMES),
                ImportOptions.defaults());

        assertEquals(SessionStatus.SUCCEEDED, report.status());
        assertEquals(new EntityCounts(0, 2, 0, 0, 0), report.counts(EntityType.ORDER));
        assertEquals(Map.of(), report.ignored());
        assertEquals(Map.of(EntityType.ORDER, new EntityCounts(0, 2, 0, 0, 0)),
                store().sessions().recent(1).get(0).counts());
        List<OrderBookEntry> entries = book().list();
        assertEquals(new OrderStatusUpdate("A-1", "A-1", "MM1", LocalDateTime.parse("2026-12-01T00:00"), true, null,
                null, false, "Открыт", OLD_NAMES.requisites()), entries.get(0).lastStatus());
        assertEquals(new OrderStatusUpdate("B-2", "1c-doc-2", "00017", LocalDateTime.parse("2026-12-01T09:30"), true,
                false, true, null, null, NEW_NAMES.requisites()), entries.get(1).lastStatus());
        long session = report.sessionId();
        assertEquals(List.of(new Change(1, session, EntityType.ORDER, new EntityId("A-1"), ChangeKind.UPDATED, null),
                        new Change(2, session, EntityType.ORDER, new EntityId("shop-2"), ChangeKind.UPDATED, null)),
                store().changes().after(0, 10));
    }

    @Test
    void listenersHearTheStatusDocumentAndSubscribersTheCommittedOrderChange() {
        book().add(List.of(order("A-1", "A-1")));
        List<ChangeEvent> heard = new ArrayList<>();
        List<ChangeEvent> committed = new ArrayList<>();

        ImportReport report = SyncEngine.builder(store()).parsers(TestExport.parsers()).listener(heard::add)
                .subscriber(committed::add).build()
                .importExport(TestExport.of().file("orders.xml", false, OLD_NAMES).source(), ImportOptions.defaults());

        long session = report.sessionId();
        EntityId key = new EntityId("A-1");
        assertEquals(List.of(new ChangeEvent(1, session, EntityType.ORDER, key, ChangeKind.UPDATED, OLD_NAMES, null)),
                heard);
        assertEquals(List.of(new ChangeEvent(1, session, EntityType.ORDER, key, ChangeKind.UPDATED, null, null)),
                committed);
    }

    @Test
    void anUnknownOrderAndAnotherOperationAreSkippedWithTheReasonAndTheSessionIsPartial() {
        book().add(List.of(order("A-1", "A-1")));

        ImportReport report = run(TestExport.of().file("orders.xml", false, status("z", "Z-9", "Заказ товара",
                "Проведен", "true"), OLD_NAMES, status("r-1", "R-1", "Возврат товара")), ImportOptions.defaults());

        assertEquals(SessionStatus.PARTIAL, report.status());
        assertEquals(new EntityCounts(0, 1, 0, 0, 2), report.counts(EntityType.ORDER));
        assertEquals(List.of(new Problem(EntityType.ORDER, "z", "orders.xml", 1,
                        "order document Z-9: no order with number \"Z-9\" or id \"z\""),
                new Problem(EntityType.ORDER, "r-1", "orders.xml", 3, "order document R-1: not an order status: its"
                        + " ХозОперация is \"Возврат товара\", not \"Заказ товара\"")), report.problems());
        assertEquals("MM1", book().list().get(0).lastStatus().oneCNumber());
        assertEquals(1, store().changes().after(0, 10).size());
    }

    @Test
    void aShopsOwnSinkReceivesTheUpdatesInDocumentOrderAndTheOrderBookIsLeftAlone() {
        book().add(List.of(order("A-1", "A-1")));
        List<OrderStatusUpdate> received = new ArrayList<>();
        OrderSink sink = update -> {
            received.add(update);
            return update.orderNumber().equals("B-2") ? OrderSink.Result.skipped("archived")
                    : OrderSink.Result.APPLIED;
        };

        ImportReport report = run(TestExport.of().file("orders.xml", false, NEW_NAMES, OLD_NAMES),
                ImportOptions.defaults().withOrderSink(sink));

        assertEquals(List.of("B-2", "A-1"), received.stream().map(OrderStatusUpdate::orderNumber).toList());
        assertEquals(new EntityCounts(0, 1, 0, 0, 1), report.counts(EntityType.ORDER));
        assertEquals("order document B-2: archived", report.problems().get(0).reason());
        assertNull(book().list().get(0).lastStatus());
        assertEquals(List.of(new EntityId("A-1")),
                store().changes().after(0, 10).stream().map(Change::key).toList());
    }

    @Test
    void aSinkThatThrowsFailsTheImportAndRollsBackEverythingItRead() {
        OrderSink sink = update -> {
            throw new IllegalStateException("shop database down");
        };

        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> run(TestExport.of()
                .file("import.xml", false, Records.product("p1", "Tea"))
                .file("orders.xml", false, OLD_NAMES), ImportOptions.defaults().withOrderSink(sink)));

        assertEquals(SyncException.Kind.LISTENER, failure.kind());
        assertEquals("the order sink failed on order document A-1: java.lang.IllegalStateException: shop database"
                + " down", failure.getMessage());
        assertEquals(List.of(), store().reader().products(null, 10));
        assertEquals(SessionStatus.FAILED, store().sessions().recent(1).get(0).status());
        assertEquals(List.of(), store().changes().after(0, 10));
    }

    @Test
    void aDryRunPlansTheUpdatesAndChangesNothing() {
        book().add(List.of(order("A-1", "A-1")));

        ImportReport report = run(TestExport.of().file("orders.xml", false, OLD_NAMES),
                ImportOptions.defaults().withDryRun(true));

        assertEquals(new EntityCounts(0, 1, 0, 0, 0), report.counts(EntityType.ORDER));
        assertEquals(Arrays.asList((OrderStatusUpdate) null),
                book().list().stream().map(OrderBookEntry::lastStatus).toList());
        assertEquals(List.of(), store().changes().after(0, 10));
    }

    @Test
    void aDryRunDoesNotCallAShopsOwnSinkAndCountsTheOrdersAsIgnored() {
        List<OrderStatusUpdate> received = new ArrayList<>();

        ImportReport report = run(TestExport.of().file("orders.xml", false, OLD_NAMES), ImportOptions.defaults()
                .withDryRun(true).withOrderSink(update -> {
                    received.add(update);
                    return OrderSink.Result.APPLIED;
                }));

        assertEquals(List.of(), received);
        assertEquals(Map.of(EntityType.ORDER, 1L), report.ignored());
    }

    @Test
    void anImportOfAnotherKindLeavesOrdersIgnored() {
        book().add(List.of(order("A-1", "A-1")));

        ImportReport report = run(TestExport.of().file("import.xml", false, Records.product("p1", "Tea"), OLD_NAMES),
                ImportOptions.defaults().withKind(ImportKind.CATALOG));

        assertEquals(Map.of(EntityType.ORDER, 1L), report.ignored());
        assertNull(book().list().get(0).lastStatus());
    }
}
