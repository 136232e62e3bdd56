package org.onecsync.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of an order ({@code Документ/Товары/Товар}).
 *
 * @param productId the product or offer id as written (may be {@code product#variant}, or a service such as
 *                  {@code ORDER_DELIVERY})
 * @param name the line's name
 * @param unit its unit, or {@code null}
 * @param price {@code ЦенаЗаЕдиницу}, or {@code null}
 * @param quantity {@code Количество}, or {@code null}
 * @param sum {@code Сумма}, or {@code null}
 * @param requisites its requisites
 */
public record OrderLine(String productId, String name, UnitRef unit, BigDecimal price, BigDecimal quantity,
                        BigDecimal sum, List<Requisite> requisites) {

    /**
     * Creates an order line, keeping a copy of its requisites so that the record stays immutable.
     *
     * @param productId the product or offer id as written
     * @param name the line's name
     * @param unit its unit, or {@code null}
     * @param price {@code ЦенаЗаЕдиницу}, or {@code null}
     * @param quantity {@code Количество}, or {@code null}
     * @param sum {@code Сумма}, or {@code null}
     * @param requisites its requisites
     */
    public OrderLine {
        requisites = List.copyOf(requisites);
    }
}
