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
 * @param coefficient {@code Коэффициент}: how many base units one {@code unit} holds (written above 2.05),
 *                    or {@code null}
 * @param discounts its discounts ({@code Скидки})
 */
public record OrderLine(String productId, String name, UnitRef unit, BigDecimal price, BigDecimal quantity,
                        BigDecimal sum, List<Requisite> requisites, BigDecimal coefficient,
                        List<Discount> discounts) {

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
     * @param coefficient {@code Коэффициент}, or {@code null}
     * @param discounts its discounts
     */
    public OrderLine {
        requisites = List.copyOf(requisites);
        discounts = List.copyOf(discounts);
    }

    /**
     * Creates an order line without a coefficient or discounts (the form before they were read).
     *
     * @param productId the product or offer id as written
     * @param name the line's name
     * @param unit its unit, or {@code null}
     * @param price {@code ЦенаЗаЕдиницу}, or {@code null}
     * @param quantity {@code Количество}, or {@code null}
     * @param sum {@code Сумма}, or {@code null}
     * @param requisites its requisites
     */
    public OrderLine(String productId, String name, UnitRef unit, BigDecimal price, BigDecimal quantity,
                     BigDecimal sum, List<Requisite> requisites) {
        this(productId, name, unit, price, quantity, sum, requisites, null, List.of());
    }
}
