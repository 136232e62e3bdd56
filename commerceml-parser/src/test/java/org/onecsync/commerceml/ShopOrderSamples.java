package org.onecsync.commerceml;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.onecsync.order.Customer;
import org.onecsync.order.Delivery;
import org.onecsync.order.Order;
import org.onecsync.order.OrderItem;

/** Shop orders covering what a document carries: variants, discounts, each kind of delivery, guests, requisites. */
final class ShopOrderSamples {

    private ShopOrderSamples() {
    }

    /** A known customer, a variant with a discount, a paid delivery, every field set, extra requisites. */
    static Order full() {
        return Order.builder().id("o-1001").number("1001").date(LocalDateTime.of(2026, 11, 30, 9, 5, 7))
                .currency("RUB").rate(new BigDecimal("1")).total(new BigDecimal("2790.95"))
                .customer(new Customer("c-42", "Иванов Иван", "ivan@example.ru", "+7 900 000-00-00",
                        "Москва, Тверская, 7, кв. 12", null, null, "770000000042"))
                .line(new OrderItem("p-1#v-7", "Гантеля 5 кг, жёлтая «Спорт»", new BigDecimal("2"),
                        new BigDecimal("1250.50"), new BigDecimal("100.00"), null, null))
                .line(new OrderItem("p-2", "Коврик & скакалка <набор>", new BigDecimal("0.5"), new BigDecimal("99.90"),
                        null, null, "кг"))
                .delivery(new Delivery("Курьер по Москве", new BigDecimal("340.00")))
                .payment("Наличный расчет").paid(false).status("[N] Принят")
                .comment("Позвонить за час; домофон 12").changedAt(Instant.parse("2026-11-30T07:15:00Z"))
                .requisite("Источник", "сайт").requisite("Промокод", "ЗИМА-2026").build();
    }

    /** A guest without an e-mail, free delivery, a zero discount, a unit 1C has no code for here. */
    static Order guestWithFreeDelivery() {
        return Order.builder().number("1002").date(LocalDateTime.of(2026, 1, 2, 0, 0)).currency("RUB")
                .customer(Customer.of("Пётр Сидоров", null, "8 (912) 345-67-89", "Казань, ул. Баумана, 1"))
                .line(new OrderItem("p-3#v-1", "Набор «Йога»", new BigDecimal("3"), new BigDecimal("500"),
                        new BigDecimal("0"), null, "упак"))
                .delivery(new Delivery("Самовывоз", BigDecimal.ZERO)).payment("Картой онлайн").paid(true)
                .status("Оплачен").changedAt(Instant.parse("2026-01-01T21:00:01Z")).build();
    }

    /** A guest with an e-mail only, no delivery, no payment or status, a cancelled flag the shop set. */
    static Order cancelledWithoutDelivery() {
        return Order.builder().number("А-1003").date(LocalDateTime.of(2026, 6, 15, 23, 59, 59)).currency("USD")
                .rate(new BigDecimal("92.5")).customer(Customer.of("Jane Doe", "Jane@Example.com", null, null))
                .line(OrderItem.of("p-4", "Кроссовки", new BigDecimal("1"), new BigDecimal("79.99")))
                .changedAt(Instant.parse("2026-06-15T21:00:00Z"))
                .requisite("Отменен", "true").requisite("Финальный статус", "true")
                .requisite("Причина отмены", "Передумал").build();
    }

    static List<Order> all() {
        return List.of(full(), guestWithFreeDelivery(), cancelledWithoutDelivery());
    }
}
