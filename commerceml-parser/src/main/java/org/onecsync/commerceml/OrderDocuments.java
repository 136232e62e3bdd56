package org.onecsync.commerceml;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.onecsync.model.OrderLine;
import org.onecsync.model.Requisite;
import org.onecsync.model.UnitRef;

/**
 * The fixed names of an order document for 1C: the delivery service line and the requisites listed in the
 * exchange protocol ("Orders in detail"), so that whoever builds an {@link org.onecsync.model.Order} for the
 * {@link OrderDocumentWriter} spells them as 1C expects.
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

    /** The unit 1C's sample gives the delivery line: a piece. */
    private static final UnitRef PIECE = new UnitRef("796", "шт", "Штука", "PCE");

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
        return Optional.of(new OrderLine(DELIVERY_ID, DELIVERY_NAME, PIECE, price, BigDecimal.ONE, price,
                List.of(new Requisite(ITEM_KIND, SERVICE), new Requisite(ITEM_TYPE, SERVICE))));
    }
}
