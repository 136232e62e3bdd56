package org.onecsync.model;

/**
 * A person or organisation acting for a counterparty ({@code Представитель}).
 *
 * @param id its id, or {@code null}
 * @param name its name
 * @param relation the relation as written ({@code Контактное лицо})
 */
public record Representative(String id, String name, String relation) {
}
