package org.onecsync.model;

/**
 * A product's or offer's value of a property ({@code ЗначенияСвойства}).
 *
 * @param propertyId the property id
 * @param value the value: a dictionary value id, a literal ({@code true}, a number with a point as decimal
 *              separator, text), or {@code null} when 1C sent none (empty, the zero GUID, the numeric sentinel)
 */
public record PropertyValue(String propertyId, String value) {
}
