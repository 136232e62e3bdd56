package org.onecsync.commerceml;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.onecsync.model.Address;
import org.onecsync.model.AddressField;
import org.onecsync.model.BankAccount;
import org.onecsync.model.Contact;
import org.onecsync.model.Counterparty;
import org.onecsync.model.Discount;
import org.onecsync.model.Order;
import org.onecsync.model.OrderLine;
import org.onecsync.model.Representative;
import org.onecsync.model.Requisite;
import org.onecsync.model.UnitRef;

/** Orders that use every field the writer writes, as a given version carries them. */
final class OrderSamples {

    static final UnitRef PIECE = new UnitRef("796", "шт", "Штука", "PCE");

    private OrderSamples() {
    }

    /**
     * Two orders: a full one (customer with addresses, contacts, account and representative; a variant line
     * with a discount; the delivery line; every order requisite) and a sparse deleted one.
     *
     * @param version the version they are written in: 2.05 has no coefficient; from 2.10 no
     *                {@code Доставка разрешена}
     */
    static List<Order> orders(CommerceMlVersion version) {
        BigDecimal coefficient = version == CommerceMlVersion.V2_05 ? null : new BigDecimal("1");
        Counterparty customer = new Counterparty("c-42", "Иванов Иван", "Иванов Иван Петрович", "ИП Иванов И. П.",
                "Покупатель", "770000000042", "770001001", "12345678",
                List.of(new Address("АдресРегистрации", "101000, Москва, ул. Ленина, д. 1",
                                List.of(new AddressField("Почтовый индекс", "101000"),
                                        new AddressField("Улица", "ул. Ленина"))),
                        new Address("Адрес", "Москва, Тверская, 7", List.of())),
                List.of(new Contact("Почта", "ivan@example.ru"), new Contact("Телефон мобильный", "+7 900 000-00-00")),
                List.of(new BankAccount("40702810000000000001", "ПАО Банк", "044525000", "30101810400000000225",
                        "Москва")),
                List.of(new Representative("r-1", "Иванов Иван", "Контактное лицо")), null, false);
        OrderLine variant = new OrderLine("p-1#v-7", "Гантеля 5 кг, жёлтая «Спорт»", PIECE, new BigDecimal("1250.50"),
                new BigDecimal("2"), new BigDecimal("2401.00"),
                List.of(new Requisite("ВидНоменклатуры", "Товар"), new Requisite("ТипНоменклатуры", "Товар")),
                version == CommerceMlVersion.V2_05 ? null : new BigDecimal("2.5"),
                List.of(new Discount("Скидка на товар", new BigDecimal("100.00"), new BigDecimal("4"), true)));
        OrderLine plain = new OrderLine("p-2", "Коврик & скакалка <набор>", new UnitRef("166", "кг", null, null),
                new BigDecimal("99.90"), new BigDecimal("0.5"), new BigDecimal("49.95"), List.of(), coefficient,
                List.of());
        OrderLine delivery = withCoefficient(OrderDocuments.deliveryLine(new BigDecimal("340.00")).orElseThrow(),
                coefficient);
        List<Requisite> requisites = new ArrayList<>(List.of(
                new Requisite("Метод оплаты", "Наличный расчет"),
                new Requisite("Заказ оплачен", "false"),
                new Requisite("Доставка разрешена", "true"),
                new Requisite("Отменен", "false"),
                new Requisite("Финальный статус", "false"),
                new Requisite("Статус заказа", "[N] Принят"),
                new Requisite("Дата изменения статуса", "2026-11-30 10:15:00"),
                new Requisite("Адрес доставки", "Москва, Тверская, 7, кв. 12")));
        if (version.compareTo(CommerceMlVersion.V2_10) >= 0) {
            requisites.removeIf(r -> r.name().equals("Доставка разрешена"));
        }
        Order full = new Order("o-1001", "1001", LocalDateTime.of(2026, 11, 30, 9, 5, 7), "Заказ товара", "Продавец",
                "RUB", new BigDecimal("1"), new BigDecimal("2790.95"), List.of(customer),
                List.of(variant, plain, delivery), requisites, false, "Позвонить за час; домофон 12");
        Order sparse = new Order("o-1002", "1002", LocalDateTime.of(2026, 1, 2, 0, 0), "Заказ товара", "Продавец",
                null, null, null, List.of(), List.of(), List.of(), true, null);
        return List.of(full, sparse);
    }

    static OrderLine withCoefficient(OrderLine l, BigDecimal coefficient) {
        return new OrderLine(l.productId(), l.name(), l.unit(), l.price(), l.quantity(), l.sum(), l.requisites(),
                coefficient, l.discounts());
    }
}
