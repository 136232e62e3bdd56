package org.onecsync.model;

/**
 * One part of an address ({@code АдресноеПоле}).
 *
 * @param type the part's kind as written ({@code Почтовый индекс}, {@code Улица}, …)
 * @param value its value
 */
public record AddressField(String type, String value) {
}
