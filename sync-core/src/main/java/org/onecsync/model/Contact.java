package org.onecsync.model;

/**
 * A contact of a counterparty ({@code Контакт}).
 *
 * @param type its kind as written ({@code Телефон рабочий}, {@code Почта}, …)
 * @param value the phone number, address, …
 */
public record Contact(String type, String value) {
}
