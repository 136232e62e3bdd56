package org.onecsync.json.internal;

import java.math.BigDecimal;

/**
 * One entry of a product's or variant's {@code prices} array.
 *
 * @param type the price type's name as 1C sends it ({@code "Оптовая"}), or {@code null} when absent
 * @param value the price, exact
 * @param currency the currency code, or {@code null} when absent
 */
record JsonPrice(String type, BigDecimal value, String currency) {
}
