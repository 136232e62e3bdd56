package org.onecsync.model;

import java.math.BigDecimal;

/**
 * A discount on an order line ({@code Товар/Скидки/Скидка}).
 *
 * @param name {@code Наименование}, or {@code null}
 * @param sum {@code Сумма}: the amount taken off, or {@code null}
 * @param percent {@code Процент}, or {@code null}
 * @param includedInSum {@code УчтеноВСумме}: whether the line's {@code Сумма} already has it taken off
 */
public record Discount(String name, BigDecimal sum, BigDecimal percent, boolean includedInSum) {
}
