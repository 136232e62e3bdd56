package org.onecsync.order;

import java.time.LocalDateTime;
import java.util.Locale;
import org.onecsync.model.Order;
import org.onecsync.model.Requisite;
import org.onecsync.order.internal.OneCValues;

/**
 * Reads 1C's status documents: turns an order document 1C sent back ({@link Order}, as the CommerceML reader gives
 * it for a 2.x {@code Документ} or a 3.1 {@code Контейнер/Документ}) into the {@link OrderStatusUpdate} an
 * {@link OrderSink} receives.
 *
 * <p>The order is named by {@code Номер} and {@code Ид}. The requisites ({@code ЗначенияРеквизитов}) give 1C's number
 * ({@code Номер по 1С}, 3.1 {@code Номер1С}; trimmed), 1C's date ({@code Дата по 1С}, {@code Дата1С}; padded with
 * spaces, in any of the forms 1C writes: {@code yyyy-MM-dd HH:mm:ss}, {@code yyyy-MM-ddTHH:mm:ss},
 * {@code dd.MM.yyyy H:mm:ss}, or a date alone), {@code Проведен}, {@code Отменен}, {@code Отгружен},
 * {@code ПометкаУдаления} ({@code true}/{@code false} or {@code Да}/{@code Нет}, in any case; the document's own
 * deletion mark counts too) and {@code Статус заказа}. A value that is empty or cannot be read stays {@code null};
 * every requisite is kept as sent, in order. Only a document whose {@code ХозОперация} is {@code Заказ товара}, or
 * that names none, is a status update.
 */
public final class StatusDocuments {

    /** The {@code ХозОперация} of an order. */
    public static final String ORDER_OPERATION = "Заказ товара";

    private StatusDocuments() {
    }

    /**
     * Maps one document.
     *
     * @param document an order document read from 1C's file
     * @return the update, or the reason the document is not one
     */
    public static Mapping map(Order document) {
        String operation = document.operation() == null ? null : document.operation().strip();
        if (operation != null && !operation.isEmpty() && !operation.equalsIgnoreCase(ORDER_OPERATION)) {
            return Mapping.skipped("not an order status: its ХозОперация is \"" + operation + "\", not \""
                    + ORDER_OPERATION + "\"");
        }
        String number = blankToNull(document.number());
        String id = blankToNull(document.id());
        if (number == null && id == null) {
            return Mapping.skipped("an order document without Номер or Ид names no order");
        }
        String oneCNumber = null;
        LocalDateTime oneCDate = null;
        Boolean posted = null;
        Boolean cancelled = null;
        Boolean shipped = null;
        Boolean deletionMark = null;
        String status = null;
        for (Requisite requisite : document.requisites()) {
            String value = requisite.value();
            switch (normalised(requisite.name())) {
                case "номер по 1с", "номер1с" -> oneCNumber = value;
                case "дата по 1с", "дата1с" -> oneCDate = OneCValues.dateTime(value);
                case "проведен" -> posted = OneCValues.bool(value);
                case "отменен" -> cancelled = OneCValues.bool(value);
                case "отгружен" -> shipped = OneCValues.bool(value);
                case "пометкаудаления" -> deletionMark = OneCValues.bool(value);
                case "статус заказа" -> status = blankToNull(value);
                default -> {
                    // kept in the requisites only
                }
            }
        }
        if (document.deleted()) {
            deletionMark = Boolean.TRUE;
        }
        return new Mapping(new OrderStatusUpdate(number, id, oneCNumber, oneCDate, posted, cancelled, shipped,
                deletionMark, status, document.requisites()), null);
    }

    /** Names compared without case and outer spaces, {@code ё} as {@code е}: 1C's configurations vary in both. */
    private static String normalised(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * What a document is.
     *
     * @param update the status update, or {@code null} when the document is not one
     * @param skipReason why it is not one, for a person; {@code null} for an update
     */
    public record Mapping(OrderStatusUpdate update, String skipReason) {

        /**
         * Checks that exactly one of the two is given.
         *
         * @param update the update, or {@code null}
         * @param skipReason the reason, or {@code null}
         */
        public Mapping {
            if ((update == null) == (skipReason == null)) {
                throw new IllegalArgumentException("a mapping is either an update or a reason to skip");
            }
        }

        static Mapping skipped(String reason) {
            return new Mapping(null, reason);
        }
    }
}
