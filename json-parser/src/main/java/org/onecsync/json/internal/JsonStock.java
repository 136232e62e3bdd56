package org.onecsync.json.internal;

import java.math.BigDecimal;

/**
 * One entry of a product's or variant's {@code stocks} array.
 *
 * @param warehouse the warehouse's name, or {@code null} when absent
 * @param quantity the quantity, exact and never negative
 */
record JsonStock(String warehouse, BigDecimal quantity) {
}
