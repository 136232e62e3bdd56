package org.onecsync.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecsync.model.Requisite;

class OrderJsonTest {

    private static final Instant NOW = Instant.parse("2026-11-30T07:15:00.123456789Z");

    private static Order full() {
        return Order.builder().id("a-17").number("17").date(LocalDateTime.parse("2026-11-30T10:15:00"))
                .currency("USD").rate(new BigDecimal("92.5")).total(new BigDecimal("10.00"))
                .customer(new Customer("c1", "ООО \"Ромашка\"", "r@example.com", null, "Москва", "Анна", "Иванова",
                        "7700000000"))
                .line(new OrderItem("p1#red", "Футболка", new BigDecimal("1.5"), new BigDecimal("4"),
                        new BigDecimal("1"), new BigDecimal("5"), "кг"))
                .delivery(new Delivery("Самовывоз", BigDecimal.ZERO))
                .payment("Наличные").paid(true).status("Новый").comment("a\nb")
                .requisite("Источник", "сайт").requisite("Пусто", null)
                .changedAt(NOW).build();
    }

    @Test
    void anOrderReadsBackAsItWasWrittenWithItsTimeKeptToTheMicrosecond() {
        Order order = full();

        assertEquals(order, OrderJson.read(OrderJson.write(order)));
        assertEquals(Instant.parse("2026-11-30T07:15:00.123456Z"), order.changedAt());
    }

    @Test
    void theMinimalShapeGetsTheDefaultsOfTheBuilder() {
        String json = """
                {"number": "A-1", "date": "2026-11-30", "currency": "RUB", "customer": {"name": "Иван"},
                 "lines": [{"offer": "p2", "name": "Кружка", "quantity": 3, "price": "2.50", "discount": 0.5}]}
                """;

        Order order = OrderJson.readAll(new StringReader(json), NOW).get(0);

        assertEquals(List.of("A-1", "2026-11-30T00:00", "1", "7.00", "шт", "7.00"),
                List.of(order.id(), order.date().toString(), order.rate().toPlainString(),
                        order.lines().get(0).sum().toPlainString(), order.lines().get(0).unit(),
                        order.total().toPlainString()));
        assertEquals(Instant.parse("2026-11-30T07:15:00.123456Z"), order.changedAt());
        assertEquals(false, order.paid());
        assertEquals(null, order.delivery());
    }

    @Test
    void aMisspeltKeyIsReportedWithItsPlace() {
        String json = "[{\"number\": \"A-1\",\n  \"nmber\": 2}]";

        InvalidOrderException e = assertThrows(InvalidOrderException.class,
                () -> OrderJson.readAll(new StringReader(json), NOW));

        assertEquals("unknown field \"nmber\" at line 2, column 12 (/0/nmber)", e.getMessage());
    }

    @Test
    void aNegativeQuantityIsRefusedWithTheLineItIsOn() {
        String json = "{\"number\": \"A-1\", \"lines\": [{\"offer\": \"p\", \"name\": \"n\", \"quantity\": -1, "
                + "\"price\": 1}]}";

        InvalidOrderException e = assertThrows(InvalidOrderException.class,
                () -> OrderJson.readAll(new StringReader(json), NOW));

        assertEquals("line quantity must be above 0: -1 at line 1, column 83 (/lines/0)", e.getMessage());
    }

    @Test
    void requisitesKeepTheirOrderAndEmptyValues() {
        List<Requisite> requisites = List.of(new Requisite("Номер по 1С", "  17 "), new Requisite("Б", null),
                new Requisite("А", "x"));

        assertEquals(requisites, OrderJson.readRequisites(OrderJson.writeRequisites(requisites)));
    }
}
