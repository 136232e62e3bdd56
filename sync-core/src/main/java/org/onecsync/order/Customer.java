package org.onecsync.order;

import java.util.Objects;

/**
 * The buyer of an order ({@code Контрагент} with the role {@code Покупатель}).
 *
 * @param id the shop's id of the customer, or {@code null} (a guest)
 * @param name the name shown to 1C (a person's full name or a company's name)
 * @param email the e-mail address, or {@code null}
 * @param phone the phone number, or {@code null}
 * @param address the delivery address as one line, or {@code null}
 * @param firstName the first name, or {@code null}
 * @param lastName the last name, or {@code null}
 * @param inn the tax id ({@code ИНН}), or {@code null}
 */
public record Customer(String id, String name, String email, String phone, String address, String firstName,
                       String lastName, String inn) {

    /**
     * Checks that the customer has a name.
     *
     * @param id the shop's id, or {@code null}
     * @param name the name, required
     * @param email the e-mail, or {@code null}
     * @param phone the phone, or {@code null}
     * @param address the address, or {@code null}
     * @param firstName the first name, or {@code null}
     * @param lastName the last name, or {@code null}
     * @param inn the tax id, or {@code null}
     */
    public Customer {
        Objects.requireNonNull(name, "customer name");
    }

    /**
     * A customer with the fields every order file has.
     *
     * @param name the name
     * @param email the e-mail, or {@code null}
     * @param phone the phone, or {@code null}
     * @param address the address, or {@code null}
     * @return the customer, without id, first and last name or tax id
     */
    public static Customer of(String name, String email, String phone, String address) {
        return new Customer(null, name, email, phone, address, null, null, null);
    }
}
