package org.onecsync.commerceml.internal.order;

/**
 * What a CommerceML version changes in an order document.
 *
 * @param schemaVersion {@code ВерсияСхемы}
 * @param unitWithCoefficient {@code Единица} and {@code Коэффициент} (above 2.05) instead of
 *                            {@code БазоваяЕдиница}
 * @param dateWithTime {@code Дата} as {@code yyyy-MM-ddTHH:mm:ss} (from 2.10) instead of {@code yyyy-MM-dd}
 * @param containers every document inside a {@code Контейнер} (from 3.0)
 */
public record OrderShape(String schemaVersion, boolean unitWithCoefficient, boolean dateWithTime,
                         boolean containers) {

    /** {@code Доставка разрешена} is written below 2.10 only (the protocol document's list). */
    boolean deliveryAllowedRequisite() {
        return !dateWithTime;
    }
}
