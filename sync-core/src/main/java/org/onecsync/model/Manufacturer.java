package org.onecsync.model;

/**
 * A product's manufacturer ({@code Изготовитель}).
 *
 * @param id its id, or {@code null}
 * @param name its name
 * @param officialName its official name, or {@code null}
 */
public record Manufacturer(String id, String name, String officialName) {
}
