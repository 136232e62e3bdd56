package org.onecsync.model;

/**
 * A tax rate of a product ({@code СтавкаНалога}).
 *
 * @param name the tax ({@code НДС})
 * @param rate the rate as written: a number ({@code 20}) or a word ({@code Без НДС})
 */
public record TaxRate(String name, String rate) {
}
