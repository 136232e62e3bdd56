package org.onecsync.commerceml;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.onecsync.commerceml.internal.order.DocumentOfShopOrder;
import org.onecsync.commerceml.internal.order.ShopOrderNames;
import org.onecsync.commerceml.internal.order.ShopOrderOfDocument;
import org.onecsync.model.OrderLine;
import org.onecsync.model.Requisite;

/**
 * The fixed names of an order document for 1C: the delivery service line and the requisites listed in the
 * exchange protocol ("Orders in detail"), so that whoever builds an {@link org.onecsync.model.Order} for the
 * {@link OrderDocumentWriter} spells them as 1C expects; and the mapping between the shop's
 * {@link org.onecsync.order.Order} and that document, both ways ({@link #toDocument(org.onecsync.order.Order)},
 * {@link #toShopOrder(org.onecsync.model.Order)}).
 *
 * <p>What a round trip {@code toShopOrder(read(write(toDocument(order))))} does not keep, everything else coming
 * back equal:
 * <ul>
 *   <li>times below the second ({@code date}, {@code changedAt}: written to the second), and a {@code changedAt}
 *       in the hour the zone repeats when clocks go back (written as local time);</li>
 *   <li>the customer's first and last name (the document model has no {@code Фамилия}/{@code Имя}): {@code null};
 *       text fields are trimmed and blank ones come back {@code null};</li>
 *   <li>a free delivery's price comes back as {@link BigDecimal#ZERO} (no line carries it);</li>
 *   <li>the order's own requisites {@value #DELIVERY_ALLOWED}, {@value #CANCELLED} and {@value #FINAL_STATUS}
 *       give the value of those listed requisites (the first of each name; {@code false} when absent or
 *       {@code null}): they come back first among the requisites, and not at all when {@code false};
 *       {@value #DELIVERY_ALLOWED} is not written from 2.10 on;</li>
 *   <li>the name of a delivery that has none ({@value #DELIVERY_METHOD} missing) is {@value #DELIVERY_NAME}.</li>
 * </ul>
 * The other names of this class are reserved: an order's own requisite with one of them comes back as itself only
 * when it is not the first of its name in the document.
 */
public final class OrderDocuments {

    /** {@code ХозОперация} of a shop order. */
    public static final String OPERATION_SALE = "Заказ товара";
    /** The document's {@code Роль}: the shop sells. */
    public static final String ROLE_SELLER = "Продавец";
    /** The customer's {@code Роль}. */
    public static final String ROLE_BUYER = "Покупатель";

    /** The {@code Ид} of the delivery service line. */
    public static final String DELIVERY_ID = "ORDER_DELIVERY";
    /** The {@code Наименование} of the delivery service line. */
    public static final String DELIVERY_NAME = "Доставка заказа";

    /** A line requisite: {@code Товар} or {@code Услуга}. */
    public static final String ITEM_KIND = "ВидНоменклатуры";
    /** A line requisite: {@code Товар} or {@code Услуга}. */
    public static final String ITEM_TYPE = "ТипНоменклатуры";
    /** The value of {@link #ITEM_KIND} and {@link #ITEM_TYPE} for goods. */
    public static final String GOODS = "Товар";
    /** The value of {@link #ITEM_KIND} and {@link #ITEM_TYPE} for a service (delivery). */
    public static final String SERVICE = "Услуга";

    /** An order requisite: the payment method's name. */
    public static final String PAYMENT_METHOD = "Метод оплаты";
    /** An order requisite: {@code true}/{@code false}. */
    public static final String PAID = "Заказ оплачен";
    /** An order requisite, written below 2.10 only: {@code true}/{@code false}. */
    public static final String DELIVERY_ALLOWED = "Доставка разрешена";
    /** An order requisite: {@code true}/{@code false}. */
    public static final String CANCELLED = "Отменен";
    /** An order requisite: {@code true}/{@code false}. */
    public static final String FINAL_STATUS = "Финальный статус";
    /** An order requisite: the shop's status name. */
    public static final String STATUS = "Статус заказа";
    /** An order requisite: when the status last changed ({@code yyyy-MM-dd HH:mm:ss} in 1C's sample). */
    public static final String STATUS_CHANGED = "Дата изменения статуса";
    /** An order requisite: the delivery address as one line. */
    public static final String DELIVERY_ADDRESS = "Адрес доставки";

    /**
     * An order requisite written when the order has a delivery: the delivery service's name (as the 1C-Bitrix
     * exchange names it), so that a free delivery, which has no line, is not lost.
     */
    public static final String DELIVERY_METHOD = "Способ доставки";
    /** The kind ({@code Адрес}) of the customer's address in the document. */
    public static final String ADDRESS = "Адрес";
    /** The contact type of an e-mail address, as 1C:УТ 11 writes it. */
    public static final String CONTACT_EMAIL = "Электронная почта";
    /** The contact type of a phone number, as 1C:УТ 11 and 1C's sample write it. */
    public static final String CONTACT_PHONE = "Телефон рабочий";
    /** The {@code Наименование} of a line's discount. */
    public static final String LINE_DISCOUNT = "Скидка";

    private OrderDocuments() {
    }

    /**
     * The delivery service line ({@code ORDER_DELIVERY}, {@code Доставка заказа}, quantity 1, a piece, with
     * {@code ВидНоменклатуры} and {@code ТипНоменклатуры} {@code Услуга}), to add to an order's lines; none when
     * delivery is free, as the protocol wants.
     *
     * @param price the delivery price, or {@code null}
     * @return the line, or empty when {@code price} is {@code null} or not above 0
     */
    public static Optional<OrderLine> deliveryLine(BigDecimal price) {
        if (price == null || price.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new OrderLine(DELIVERY_ID, DELIVERY_NAME, ShopOrderNames.PIECE, price, BigDecimal.ONE, price,
                List.of(new Requisite(ITEM_KIND, SERVICE), new Requisite(ITEM_TYPE, SERVICE))));
    }

    /**
     * The document 1C expects for an order in {@code type=sale&mode=query}, {@code Дата изменения статуса} in the
     * system's zone; see {@link #toDocument(org.onecsync.order.Order, ZoneId)}.
     *
     * @param order the shop's order
     * @return the document, to be written with an {@link OrderDocumentWriter}
     */
    public static org.onecsync.model.Order toDocument(org.onecsync.order.Order order) {
        return toDocument(order, ZoneId.systemDefault());
    }

    /**
     * The document 1C expects for an order: {@code Ид}, {@code Номер}, {@code Дата} (to the second),
     * {@value #OPERATION_SALE}, {@value #ROLE_SELLER}, currency, rate and total; one {@code Контрагент}
     * ({@value #ROLE_BUYER}) with the customer's id (for a guest, {@code guest-} and a name-based UUID of the
     * e-mail, else the phone's digits, else the name), name as {@code Наименование} and {@code ПолноеНаименование},
     * {@code ИНН}, the address as an {@value #ADDRESS} with its {@code Представление}, the contacts
     * {@value #CONTACT_EMAIL} and {@value #CONTACT_PHONE}; the comment; one line per item ({@code Ид} the offer
     * key, {@code product#variant} kept; the unit, with its OKEI code for шт, кг, м, л; a discount as a
     * {@value #LINE_DISCOUNT} counted in the sum; {@value #ITEM_KIND} and {@value #ITEM_TYPE} {@value #GOODS}),
     * then the {@link #deliveryLine delivery line} when its price is above 0; and the requisites
     * {@value #PAYMENT_METHOD}, {@value #PAID}, {@value #DELIVERY_ALLOWED}, {@value #CANCELLED},
     * {@value #FINAL_STATUS}, {@value #STATUS}, {@value #STATUS_CHANGED} ({@code changedAt} as
     * {@code yyyy-MM-dd HH:mm:ss} in {@code zone}), {@value #DELIVERY_ADDRESS}, {@value #DELIVERY_METHOD} (with a
     * delivery only), then the order's own. Booleans are {@code true}/{@code false}; an unknown text is written
     * empty.
     *
     * @param order the shop's order
     * @param zone the shop's zone, for {@value #STATUS_CHANGED}
     * @return the document
     */
    public static org.onecsync.model.Order toDocument(org.onecsync.order.Order order, ZoneId zone) {
        return DocumentOfShopOrder.map(Objects.requireNonNull(order, "order"), Objects.requireNonNull(zone, "zone"));
    }

    /**
     * The shop's order an order document describes, {@value #STATUS_CHANGED} read in the system's zone; see
     * {@link #toShopOrder(org.onecsync.model.Order, ZoneId)}.
     *
     * @param document the document, as {@link CommerceMlParser} reads it
     * @return the order
     * @throws IllegalArgumentException when the document lacks what an order needs
     */
    public static org.onecsync.order.Order toShopOrder(org.onecsync.model.Order document) {
        return toShopOrder(document, ZoneId.systemDefault());
    }

    /**
     * The shop's order an order document describes, the reverse of {@link #toDocument(org.onecsync.order.Order,
     * ZoneId)} (what does not survive is listed in the class comment). The buyer is the {@value #ROLE_BUYER}
     * counterparty (else the first); its id is dropped when it is the guest id {@code toDocument} derives; an
     * e-mail is a contact {@value #CONTACT_EMAIL} or {@code Почта}, a phone any {@code Телефон…}; the address is the
     * {@value #ADDRESS}'s {@code Представление}, else {@value #DELIVERY_ADDRESS}. The {@value #DELIVERY_ID} line
     * and {@value #DELIVERY_METHOD} make the delivery; {@code changedAt} is {@value #STATUS_CHANGED}, else the
     * document's date (in {@code zone}; a local time that occurs twice when clocks go back is taken at the earlier
     * offset).
     *
     * @param document the document
     * @param zone the zone {@value #STATUS_CHANGED} was written in
     * @return the order
     * @throws IllegalArgumentException when the document lacks what an order needs (number, date, currency, rate,
     *     total, a counterparty, a goods line) or a date is malformed
     */
    public static org.onecsync.order.Order toShopOrder(org.onecsync.model.Order document, ZoneId zone) {
        return ShopOrderOfDocument.map(Objects.requireNonNull(document, "document"),
                Objects.requireNonNull(zone, "zone"));
    }
}
