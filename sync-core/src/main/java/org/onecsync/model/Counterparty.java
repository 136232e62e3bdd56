package org.onecsync.model;

import java.util.List;

/**
 * A counterparty ({@code Контрагент}): a customer, supplier or the shop's own organisation.
 *
 * @param id its id (site-made ids may contain {@code #} and spaces: {@code 1#admin# admin})
 * @param name {@code Наименование}
 * @param fullName {@code ПолноеНаименование}, or {@code null}
 * @param officialName {@code ОфициальноеНаименование}, or {@code null}
 * @param role {@code Роль}, or {@code null}
 * @param inn taxpayer id ({@code ИНН}), or {@code null}
 * @param kpp registration reason code ({@code КПП}), or {@code null}
 * @param okpo {@code КодПоОКПО}/{@code ОКПО}, or {@code null}
 * @param addresses its addresses
 * @param contacts its contacts
 * @param bankAccounts its bank accounts
 * @param representatives its representatives
 * @param version 1C's opaque change stamp ({@code НомерВерсии}, 3.1), or {@code null}
 * @param deleted whether 1C marked it for deletion
 */
public record Counterparty(String id, String name, String fullName, String officialName, String role,
                           String inn, String kpp, String okpo, List<Address> addresses, List<Contact> contacts,
                           List<BankAccount> bankAccounts, List<Representative> representatives,
                           String version, boolean deleted) implements CatalogRecord {

    /**
     * Creates a counterparty, keeping copies of its lists so that the record stays immutable.
     *
     * @param id its id
     * @param name {@code Наименование}
     * @param fullName {@code ПолноеНаименование}, or {@code null}
     * @param officialName {@code ОфициальноеНаименование}, or {@code null}
     * @param role {@code Роль}, or {@code null}
     * @param inn taxpayer id ({@code ИНН}), or {@code null}
     * @param kpp registration reason code ({@code КПП}), or {@code null}
     * @param okpo {@code КодПоОКПО}/{@code ОКПО}, or {@code null}
     * @param addresses its addresses
     * @param contacts its contacts
     * @param bankAccounts its bank accounts
     * @param representatives its representatives
     * @param version 1C's opaque change stamp ({@code НомерВерсии}), or {@code null}
     * @param deleted whether 1C marked it for deletion
     */
    public Counterparty {
        addresses = List.copyOf(addresses);
        contacts = List.copyOf(contacts);
        bankAccounts = List.copyOf(bankAccounts);
        representatives = List.copyOf(representatives);
    }

    @Override
    public EntityType type() {
        return EntityType.COUNTERPARTY;
    }

    @Override
    public String key() {
        return id;
    }
}
