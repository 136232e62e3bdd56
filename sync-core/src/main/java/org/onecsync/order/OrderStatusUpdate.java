package org.onecsync.order;

import java.time.LocalDateTime;
import java.util.List;
import org.onecsync.model.Requisite;

/**
 * What 1C says about one of the shop's orders: a status document ({@code Документ} of {@code Заказ товара}) it
 * sends back. A field 1C did not send is {@code null}.
 *
 * @param orderNumber the shop's order number ({@code Номер}), or {@code null}
 * @param orderId the shop's order id ({@code Ид}), or {@code null}
 * @param oneCNumber 1C's own number ({@code Номер по 1С}, {@code Номер1С}), trimmed, or {@code null}
 * @param oneCDate 1C's own date ({@code Дата по 1С}, {@code Дата1С}), or {@code null}
 * @param posted {@code Проведен}, or {@code null}
 * @param cancelled {@code Отменен}, or {@code null}
 * @param shipped {@code Отгружен}, or {@code null}
 * @param deletionMark {@code ПометкаУдаления}, or {@code null}
 * @param status {@code Статус заказа}, or {@code null}
 * @param requisites every requisite of the document as sent, in order (the ones above included)
 */
public record OrderStatusUpdate(String orderNumber, String orderId, String oneCNumber, LocalDateTime oneCDate,
                                Boolean posted, Boolean cancelled, Boolean shipped, Boolean deletionMark,
                                String status, List<Requisite> requisites) {

    /**
     * Trims 1C's number (3.1 pads it with spaces) and keeps a copy of the requisites.
     *
     * @param orderNumber the order number, or {@code null}
     * @param orderId the order id, or {@code null}; one of the two is required
     * @param oneCNumber 1C's number, or {@code null}; an empty one becomes {@code null}
     * @param oneCDate 1C's date, or {@code null}
     * @param posted posted, or {@code null}
     * @param cancelled cancelled, or {@code null}
     * @param shipped shipped, or {@code null}
     * @param deletionMark the deletion mark, or {@code null}
     * @param status the status, or {@code null}
     * @param requisites every requisite
     */
    public OrderStatusUpdate {
        if (orderNumber == null && orderId == null) {
            throw new IllegalArgumentException("a status update needs the order's number or id");
        }
        if (oneCNumber != null) {
            oneCNumber = oneCNumber.strip();
            if (oneCNumber.isEmpty()) {
                oneCNumber = null;
            }
        }
        requisites = List.copyOf(requisites);
    }
}
