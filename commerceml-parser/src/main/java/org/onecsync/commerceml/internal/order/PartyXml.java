package org.onecsync.commerceml.internal.order;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/**
 * A {@code Контрагент} of an order, {@code Роль} last as in 1C's sample. Its addresses are named by their kind
 * ({@code Адрес}, {@code АдресРегистрации}, …), so they are {@code JAXBElement}s of {@link AddressXml}.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"id", "version", "deleted", "name", "fullName", "officialName", "inn", "kpp", "okpo",
        "addresses", "contacts", "accounts", "representatives", "role"})
final class PartyXml {

    @XmlElement(name = "Ид")
    String id;
    @XmlElement(name = "НомерВерсии")
    String version;
    @XmlElement(name = "ПометкаУдаления")
    String deleted;
    @XmlElement(name = "Наименование")
    String name;
    @XmlElement(name = "ПолноеНаименование")
    String fullName;
    @XmlElement(name = "ОфициальноеНаименование")
    String officialName;
    @XmlElement(name = "ИНН")
    String inn;
    @XmlElement(name = "КПП")
    String kpp;
    @XmlElement(name = "КодПоОКПО")
    String okpo;
    @XmlAnyElement(lax = true)
    List<Object> addresses;
    @XmlElementWrapper(name = "Контакты")
    @XmlElement(name = "Контакт")
    List<TypeValueXml> contacts;
    @XmlElementWrapper(name = "РасчетныеСчета")
    @XmlElement(name = "РасчетныйСчет")
    List<AccountXml> accounts;
    @XmlElementWrapper(name = "Представители")
    @XmlElement(name = "Представитель")
    List<RepresentativeXml> representatives;
    @XmlElement(name = "Роль")
    String role;

    /** An address: {@code Представление} and its {@code АдресноеПоле}s. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"presentation", "fields"})
    static final class AddressXml {
        @XmlElement(name = "Представление")
        String presentation;
        @XmlElement(name = "АдресноеПоле")
        List<TypeValueXml> fields;
    }

    /** {@code Тип} and {@code Значение}: an address field or a contact. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"type", "value"})
    static final class TypeValueXml {
        @XmlElement(name = "Тип")
        String type;
        @XmlElement(name = "Значение")
        String value;
    }

    /** A {@code РасчетныйСчет}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"number", "bank"})
    static final class AccountXml {
        @XmlElement(name = "НомерСчета")
        String number;
        @XmlElement(name = "Банк")
        BankXml bank;
    }

    /** The {@code Банк} of an account. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"name", "bic", "correspondentAccount", "address"})
    static final class BankXml {
        @XmlElement(name = "Наименование")
        String name;
        @XmlElement(name = "БИК")
        String bic;
        @XmlElement(name = "СчетКорреспондентский")
        String correspondentAccount;
        @XmlElement(name = "Адрес")
        AddressXml address;
    }

    /** A {@code Представитель}, its fields written directly as in 1C's sample. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"id", "name", "relation"})
    static final class RepresentativeXml {
        @XmlElement(name = "Ид")
        String id;
        @XmlElement(name = "Наименование")
        String name;
        @XmlElement(name = "Отношение")
        String relation;
    }
}
