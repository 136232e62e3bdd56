package org.onecsync.commerceml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecsync.commerceml.testing.Fixtures;
import org.onecsync.order.Customer;
import org.onecsync.order.Delivery;
import org.onecsync.order.Order;
import org.onecsync.order.OrderItem;

/** 1C's own sample site order, as the shop's order (skipped when the fixtures are absent). */
class ShopOrderFixtureTest {

    @Test
    void readsTheSampleSiteOrderAsAShopOrder() throws IOException {
        List<org.onecsync.model.Order> documents = Fixtures.only(
                Fixtures.records(Fixtures.require("cml204-1c-official/orders.xml")), org.onecsync.model.Order.class);
        ZoneId zone = ZoneOffset.ofHours(3);
        Order expected = new Order("36", "36", LocalDateTime.of(2007, 10, 30, 15, 19, 27), "руб", new BigDecimal("1"),
                new BigDecimal("6734.47"), new Customer("1#admin# admin", "admin", null,
                        null, null, null, null, null),
                List.of(new OrderItem("dee6e19a-55bc-11d9-848a-00112f43529a", "Телевизор \"JVC\"",
                        new BigDecimal("1.00"), new BigDecimal("6394.47"), null, new BigDecimal("6394.47"), "шт")),
                new Delivery("Доставка заказа", new BigDecimal("340.00")), "Наличный расчет", false, "[N] Принят",
                null, LocalDateTime.of(2007, 10, 30, 15, 19, 27).atOffset(ZoneOffset.ofHours(3)).toInstant(),
                List.of());
        assertEquals(expected, OrderDocuments.toShopOrder(documents.get(0), zone));
    }
}
