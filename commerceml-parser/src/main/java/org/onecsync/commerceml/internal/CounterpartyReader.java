package org.onecsync.commerceml.internal;

import static org.onecsync.commerceml.internal.Values.clean;
import static org.onecsync.commerceml.internal.Values.ref;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.onecsync.model.Address;
import org.onecsync.model.AddressField;
import org.onecsync.model.BankAccount;
import org.onecsync.model.Contact;
import org.onecsync.model.Counterparty;
import org.onecsync.model.Representative;

/**
 * Reads one {@code Контрагент}, from a {@code Контрагенты} list or from an order document.
 */
final class CounterpartyReader {

    private final Cursor c;
    private final Parts parts;

    CounterpartyReader(Cursor c, Parts parts) {
        this.c = c;
        this.parts = parts;
    }

    /** Reads the counterparty whose start element the cursor is on. */
    Counterparty read() throws XMLStreamException {
        boolean deleted = c.deletedByAttribute();
        String id = null;
        String name = null;
        String fullName = null;
        String officialName = null;
        String role = null;
        String inn = null;
        String kpp = null;
        String okpo = null;
        String version = null;
        List<Address> addresses = new ArrayList<>(2);
        List<Contact> contacts = new ArrayList<>(2);
        List<BankAccount> accounts = new ArrayList<>(1);
        List<Representative> representatives = new ArrayList<>(1);
        while (c.nextChild()) {
            String element = c.name();
            switch (element) {
                case "Ид" -> id = ref(c.text());
                case "Наименование" -> name = clean(c.text());
                case "ПолноеНаименование" -> fullName = clean(c.text());
                case "ОфициальноеНаименование" -> officialName = clean(c.text());
                case "Роль" -> role = clean(c.text());
                case "ИНН" -> inn = clean(c.text());
                case "КПП" -> kpp = clean(c.text());
                case "КодПоОКПО", "ОКПО" -> okpo = clean(c.text());
                case "НомерВерсии" -> version = clean(c.text());
                case "Адрес", "АдресРегистрации", "ЮридическийАдрес", "ФактическийАдрес", "ПочтовыйАдрес" ->
                        addresses.add(address(element));
                case "Контакты" -> contacts(contacts);
                case "РасчетныеСчета" -> accounts(accounts);
                case "Представители" -> representatives(representatives);
                case "ПометкаУдаления", "Статус" -> deleted |= c.deletionMark();
                default -> c.skip();
            }
        }
        return new Counterparty(id, name, fullName, officialName, role, inn, kpp, okpo, addresses, contacts,
                accounts, representatives, version, deleted);
    }

    private Address address(String kind) throws XMLStreamException {
        String presentation = null;
        List<AddressField> fields = new ArrayList<>(6);
        while (c.nextChild()) {
            switch (c.name()) {
                case "Представление" -> presentation = clean(c.text());
                case "АдресноеПоле" -> {
                    String[] pair = typeAndValue();
                    fields.add(new AddressField(clean(pair[0]), clean(pair[1])));
                }
                default -> c.skip();
            }
        }
        return new Address(kind, presentation, fields);
    }

    private String[] typeAndValue() throws XMLStreamException {
        String type = null;
        String value = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "Тип" -> type = c.text();
                case "Значение" -> value = c.text();
                default -> c.skip();
            }
        }
        return new String[] {type, value};
    }

    private void contacts(List<Contact> into) throws XMLStreamException {
        parts.pairs("Контакт", "Тип", "Значение", (type, value) -> into.add(new Contact(clean(type), clean(value))));
    }

    private void accounts(List<BankAccount> into) throws XMLStreamException {
        c.each("РасчетныйСчет", () -> {
            String number = null;
            String bankName = null;
            String bic = null;
            String correspondent = null;
            String bankAddress = null;
            while (c.nextChild()) {
                switch (c.name()) {
                    case "НомерСчета" -> number = clean(c.text());
                    case "Банк" -> {
                        while (c.nextChild()) {
                            switch (c.name()) {
                                case "Наименование" -> bankName = clean(c.text());
                                case "БИК" -> bic = clean(c.text());
                                case "СчетКорреспондентский" -> correspondent = clean(c.text());
                                case "Адрес" -> bankAddress = address("Адрес").presentation();
                                default -> c.skip();
                            }
                        }
                    }
                    default -> c.skip();
                }
            }
            into.add(new BankAccount(number, bankName, bic, correspondent, bankAddress));
        });
    }

    /** 3.1 writes the representative's fields directly; 2.x wraps them in a nested {@code Контрагент}. */
    private void representatives(List<Representative> into) throws XMLStreamException {
        c.each("Представитель", () -> {
            String[] fields = new String[3];
            representativeFields(fields);
            into.add(new Representative(fields[0], fields[1], fields[2]));
        });
    }

    private void representativeFields(String[] fields) throws XMLStreamException {
        while (c.nextChild()) {
            switch (c.name()) {
                case "Ид" -> fields[0] = ref(c.text());
                case "Наименование" -> fields[1] = clean(c.text());
                case "Отношение" -> fields[2] = clean(c.text());
                case "Контрагент" -> representativeFields(fields);
                default -> c.skip();
            }
        }
    }
}
