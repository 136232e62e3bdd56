package org.onecsync.model;

/**
 * A name/value characteristic of a variant ({@code ХарактеристикаТовара}).
 *
 * @param name the characteristic's name
 * @param value its value; numbers written with a decimal comma and space separators are normalised to a
 *              plain decimal ({@code 21,6} becomes {@code 21.6}); {@code null} for 1C's "no value"
 */
public record Characteristic(String name, String value) {
}
