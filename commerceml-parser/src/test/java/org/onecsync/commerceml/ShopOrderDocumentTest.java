package org.onecsync.commerceml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecsync.model.Address;
import org.onecsync.model.Contact;
import org.onecsync.model.Counterparty;
import org.onecsync.model.Discount;
import org.onecsync.model.Order;
import org.onecsync.model.OrderLine;
import org.onecsync.model.Requisite;
import org.onecsync.model.UnitRef;
import org.onecsync.order.Customer;
import org.onecsync.order.Delivery;

/** The document {@link OrderDocuments#toDocument} makes of a shop order, field by field. */
class ShopOrderDocumentTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final List<Requisite> GOODS = List.of(new Requisite("ВидНоменклатуры", "Товар"),
            new Requisite("ТипНоменклатуры", "Товар"));

    @Test
    void writesEveryListedFieldOfAFullOrder() {
        Order expected = new Order("o-1001", "1001", LocalDateTime.of(2026, 11, 30, 9, 5, 7), "Заказ товара",
                "Продавец", "RUB", new BigDecimal("1"), new BigDecimal("2790.95"),
                List.of(new Counterparty("c-42", "Иванов Иван", "Иванов Иван", null, "Покупатель", "770000000042",
                        null, null, List.of(new Address("Адрес", "Москва, Тверская, 7, кв. 12", List.of())),
                        List.of(new Contact("Электронная почта", "ivan@example.ru"),
                                new Contact("Телефон рабочий", "+7 900 000-00-00")),
                        List.of(), List.of(), null, false)),
                List.of(new OrderLine("p-1#v-7", "Гантеля 5 кг, жёлтая «Спорт»", new UnitRef("796", "шт", "Штука",
                                "PCE"), new BigDecimal("1250.50"), new BigDecimal("2"), new BigDecimal("2401.00"), GOODS,
                                null, List.of(new Discount("Скидка", new BigDecimal("100.00"), null, true))),
                        new OrderLine("p-2", "Коврик & скакалка <набор>", new UnitRef("166", "кг", "Килограмм", "KGM"),
                                new BigDecimal("99.90"), new BigDecimal("0.5"), new BigDecimal("49.950"), GOODS, null,
                                List.of()),
                        new OrderLine("ORDER_DELIVERY", "Доставка заказа", new UnitRef("796", "шт", "Штука", "PCE"),
                                new BigDecimal("340.00"), BigDecimal.ONE, new BigDecimal("340.00"),
                                List.of(new Requisite("ВидНоменклатуры", "Услуга"),
                                        new Requisite("ТипНоменклатуры", "Услуга")))),
                List.of(new Requisite("Метод оплаты", "Наличный расчет"),
                        new Requisite("Заказ оплачен", "false"),
                        new Requisite("Доставка разрешена", "false"),
                        new Requisite("Отменен", "false"),
                        new Requisite("Финальный статус", "false"),
                        new Requisite("Статус заказа", "[N] Принят"),
                        new Requisite("Дата изменения статуса", "2026-11-30 10:15:00"),
                        new Requisite("Адрес доставки", "Москва, Тверская, 7, кв. 12"),
                        new Requisite("Способ доставки", "Курьер по Москве"),
                        new Requisite("Источник", "сайт"),
                        new Requisite("Промокод", "ЗИМА-2026")),
                false, "Позвонить за час; домофон 12");
        assertEquals(expected, OrderDocuments.toDocument(ShopOrderSamples.full(), MOSCOW));
    }

    @Test
    void writesTheDeliveryLineOnlyForAPriceAboveZero() {
        assertEquals(List.of("p-1#v-7", "p-2", "ORDER_DELIVERY"), lineIds(ShopOrderSamples.full()));
        assertEquals(List.of("p-3#v-1"), lineIds(ShopOrderSamples.guestWithFreeDelivery()));
        assertEquals(List.of("p-4"), lineIds(ShopOrderSamples.cancelledWithoutDelivery()));
        Order free = OrderDocuments.toDocument(ShopOrderSamples.guestWithFreeDelivery(), MOSCOW);
        assertTrue(free.requisites().contains(new Requisite("Способ доставки", "Самовывоз")));
        Order none = OrderDocuments.toDocument(ShopOrderSamples.cancelledWithoutDelivery(), MOSCOW);
        assertTrue(none.requisites().stream().noneMatch(r -> r.name().equals("Способ доставки")));
    }

    private static List<String> lineIds(org.onecsync.order.Order order) {
        return OrderDocuments.toDocument(order, MOSCOW).lines().stream().map(OrderLine::productId).toList();
    }

    @Test
    void writesAGuestWithTheIdOfItsPhoneAndEmptyTextForUnknownValues() {
        Order doc = OrderDocuments.toDocument(ShopOrderSamples.guestWithFreeDelivery(), MOSCOW);
        Counterparty guest = doc.counterparties().get(0);
        assertTrue(guest.id().matches("guest-[0-9a-f-]{36}"), guest.id());
        assertEquals(List.of(new Contact("Телефон рабочий", "8 (912) 345-67-89")), guest.contacts());
        assertEquals(new OrderLine("p-3#v-1", "Набор «Йога»", new UnitRef(null, "упак", null, null),
                new BigDecimal("500"), new BigDecimal("3"), new BigDecimal("1500"), GOODS, null,
                List.of(new Discount("Скидка", new BigDecimal("0"), null, true))), doc.lines().get(0));
        Order cancelled = OrderDocuments.toDocument(ShopOrderSamples.cancelledWithoutDelivery(), MOSCOW);
        assertEquals(List.of(new Requisite("Метод оплаты", ""), new Requisite("Заказ оплачен", "false"),
                new Requisite("Доставка разрешена", "false"), new Requisite("Отменен", "true"),
                new Requisite("Финальный статус", "true"), new Requisite("Статус заказа", ""),
                new Requisite("Дата изменения статуса", "2026-06-16 00:00:00"), new Requisite("Адрес доставки", ""),
                new Requisite("Причина отмены", "Передумал")), cancelled.requisites());
        assertNull(cancelled.comment());
        assertEquals(List.of(), cancelled.counterparties().get(0).addresses());
    }

    @Test
    void givesAGuestTheSameIdForTheSameEmailOrPhoneAndAnotherForAnother() {
        assertEquals(guestId(Customer.of("Jane", "jane@example.com", null, null)),
                guestId(Customer.of("Jane Doe", " JANE@example.com", "1", "elsewhere")));
        assertEquals(guestId(Customer.of("Пётр", null, "8 (912) 345-67-89", null)),
                guestId(Customer.of("Пётр С.", null, "8-912-345-67-89", null)));
        assertEquals(guestId(Customer.of("Пётр", null, null, null)), guestId(Customer.of("Пётр", null, " ", null)));
        assertNotEquals(guestId(Customer.of("Jane", "jane@example.com", null, null)),
                guestId(Customer.of("Jane", "jane@example.org", null, null)));
        assertNotEquals(guestId(Customer.of("Пётр", null, null, null)), guestId(Customer.of("Павел", null, null, null)));
        assertEquals("c-1", guestId(new Customer("c-1", "Jane", "jane@example.com", null, null, null, null, null)));
    }

    private static String guestId(Customer customer) {
        org.onecsync.order.Order order = ShopOrderSamples.full().toBuilder().customer(customer).build();
        return OrderDocuments.toDocument(order, MOSCOW).counterparties().get(0).id();
    }

    @Test
    void refusesADocumentThatIsNoShopOrder() {
        Order doc = OrderDocuments.toDocument(ShopOrderSamples.full(), MOSCOW);
        Order noBuyer = new Order(doc.id(), doc.number(), doc.date(), doc.operation(), doc.role(), doc.currency(),
                doc.rate(), doc.total(), List.of(), doc.lines(), doc.requisites(), false, null);
        assertThrows(IllegalArgumentException.class, () -> OrderDocuments.toShopOrder(noBuyer, MOSCOW));
        Order noCurrency = new Order(doc.id(), doc.number(), doc.date(), doc.operation(), doc.role(), null,
                doc.rate(), doc.total(), doc.counterparties(), doc.lines(), doc.requisites(), false, null);
        assertThrows(IllegalArgumentException.class, () -> OrderDocuments.toShopOrder(noCurrency, MOSCOW));
        Order onlyDelivery = new Order(doc.id(), doc.number(), doc.date(), doc.operation(), doc.role(),
                doc.currency(), doc.rate(), doc.total(), doc.counterparties(), doc.lines().subList(2, 3),
                doc.requisites(), false, null);
        assertThrows(IllegalArgumentException.class, () -> OrderDocuments.toShopOrder(onlyDelivery, MOSCOW));
    }

    @Test
    void readsTheDeliveryFromItsLineAndNameAndTheChangeTimeInTheZoneGiven() {
        Order doc = OrderDocuments.toDocument(ShopOrderSamples.full(), MOSCOW);
        org.onecsync.order.Order back = OrderDocuments.toShopOrder(doc, ZoneId.of("UTC"));
        assertEquals(new Delivery("Курьер по Москве", new BigDecimal("340.00")), back.delivery());
        assertEquals(java.time.Instant.parse("2026-11-30T10:15:00Z"), back.changedAt());
    }
}
