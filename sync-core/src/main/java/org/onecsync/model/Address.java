package org.onecsync.model;

import java.util.List;

/**
 * An address of a counterparty.
 *
 * @param kind which address: the element it came from ({@code Адрес}, {@code АдресРегистрации},
 *             {@code ЮридическийАдрес}, …)
 * @param presentation the address as one line ({@code Представление}), or {@code null}
 * @param fields its parts
 */
public record Address(String kind, String presentation, List<AddressField> fields) {

    /**
     * Creates an address, keeping a copy of its parts so that the record stays immutable.
     *
     * @param kind which address: the element it came from ({@code Адрес}, {@code ЮридическийАдрес}, …)
     * @param presentation the address as one line ({@code Представление}), or {@code null}
     * @param fields its parts
     */
    public Address {
        fields = List.copyOf(fields);
    }
}
