package org.onecsync.generate.internal;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes {@code contragents/contragents.xml}: a full ({@code СодержитТолькоИзменения="false"}) list of
 * invented customers (individual entrepreneurs and companies) with valid-checksum INNs, bank accounts,
 * representatives, addresses and contacts. The list depends on the seed only.
 */
public final class CounterpartyWriter {

    /** How many counterparties an export has. */
    public static final int COUNT = 20;

    private static final int[] INN10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    private CounterpartyWriter() {
    }

    /**
     * @param outDir the export folder; its {@code contragents} folder must exist
     * @param seed the export seed
     * @param headers the export's headers
     * @return the file written
     * @throws IOException if writing fails
     */
    public static Path write(Path outDir, long seed, Headers headers) throws IOException {
        Folder folder = Folder.CONTRAGENTS;
        Path file = outDir.resolve(folder.folderName()).resolve(folder.folderName() + ".xml");
        try (CmlXmlWriter w = CmlXmlWriter.create(file, headers.formedAt(folder.ordinal(), 1))) {
            w.start("Контрагенты", "СодержитТолькоИзменения", "false");
            for (int i = 0; i < COUNT; i++) {
                counterparty(w, seed, i);
            }
            w.end("Контрагенты");
        }
        return file;
    }

    private static void counterparty(CmlXmlWriter w, long seed, int index) throws IOException {
        Rng rng = Rng.of(seed, 500, index);
        boolean company = rng.percent(55);
        String person = rng.pick(Vocabulary.SURNAMES) + " " + rng.pick(Vocabulary.FIRST_NAMES) + " "
                + rng.pick(Vocabulary.PATRONYMICS) + "-" + rng.between(1, 999);
        String companyName = "ООО \"" + rng.pick(Vocabulary.COMPANY_WORDS) + "-" + rng.between(1, 9999) + "\"";
        w.start("Контрагент");
        w.element("Ид", Guids.of(seed, Guids.COUNTERPARTY, index));
        w.element("НомерВерсии", Numbers.versionStamp(rng.percent(80) ? 1 : 2));
        w.element("ПометкаУдаления", Boolean.toString(rng.percent(5)));
        w.element("Наименование", company ? companyName : person);
        w.element("ПолноеНаименование", company ? "Общество с ограниченной ответственностью "
                + companyName.substring(4) : "ИП " + person);
        if (company) {
            w.element("ОфициальноеНаименование", companyName);
        }
        w.element("Роль", "Покупатель");
        w.element("ИНН", company ? inn(rng, 10) : inn(rng, 12));
        w.element("КПП", company ? digits(rng, 4) + "01001" : "");
        w.element("КодПоОКПО", rng.percent(40) ? digits(rng, company ? 8 : 10) : "");
        int accounts = rng.between(0, 3);
        if (accounts > 0) {
            w.start("РасчетныеСчета");
            for (int a = 0; a < accounts; a++) {
                account(w, rng, company);
            }
            w.end("РасчетныеСчета");
        }
        if (rng.percent(50)) {
            w.start("Представители");
            w.start("Представитель");
            w.element("Отношение", "Контактное лицо");
            w.element("Ид", Guids.of(seed, Guids.REPRESENTATIVE, index));
            w.element("Наименование", rng.pick(Vocabulary.SURNAMES) + " " + rng.pick(Vocabulary.FIRST_NAMES) + " "
                    + rng.pick(Vocabulary.PATRONYMICS));
            w.end("Представитель");
            w.end("Представители");
        }
        address(w, rng, "Адрес");
        if (company || rng.percent(30)) {
            address(w, rng, "АдресРегистрации");
        }
        if (rng.percent(30)) {
            w.empty("Контакты");
        } else {
            w.start("Контакты");
            contact(w, "Телефон рабочий", "+7 9" + digits(rng, 2) + " " + digits(rng, 3) + "-" + digits(rng, 2)
                    + "-" + digits(rng, 2));
            if (rng.percent(40)) {
                contact(w, "Электронная почта", "client" + (index + 1) + "@example.com");
            }
            w.end("Контакты");
        }
        w.end("Контрагент");
    }

    private static void account(CmlXmlWriter w, Rng rng, boolean company) throws IOException {
        String bik = "04" + digits(rng, 7);
        w.start("РасчетныйСчет");
        w.element("НомерСчета", (company ? "40702810" : "40802810") + digits(rng, 12));
        w.start("Банк");
        w.element("БИК", bik);
        w.element("Наименование", rng.pick(Vocabulary.BANKS));
        w.element("СчетКорреспондентский", "30101810" + digits(rng, 9) + bik.substring(6));
        w.start("Адрес");
        w.element("Представление", rng.pick(Vocabulary.STREETS) + ", д. " + rng.between(1, 300));
        w.end("Адрес");
        w.end("Банк");
        w.end("РасчетныйСчет");
    }

    private static void address(CmlXmlWriter w, Rng rng, String element) throws IOException {
        String postcode = Integer.toString(rng.between(100000, 699999));
        String region = rng.pick(Vocabulary.REGIONS);
        String city = rng.pick(Vocabulary.CITIES);
        String street = rng.pick(Vocabulary.STREETS);
        String house = Integer.toString(rng.between(1, 200));
        String flat = rng.percent(40) ? Integer.toString(rng.between(1, 300)) : "";
        w.start(element);
        w.element("Представление", postcode + ", " + region + ", г. " + city + ", " + street + ", д. " + house
                + (flat.isEmpty() ? "" : ", кв. " + flat));
        field(w, "Почтовый индекс", postcode);
        field(w, "Страна", "РОССИЯ");
        field(w, "Регион", region);
        field(w, "Город", city);
        field(w, "Улица", street);
        field(w, "Дом", house);
        if (!flat.isEmpty()) {
            field(w, "Квартира", flat);
        }
        w.end(element);
    }

    private static void field(CmlXmlWriter w, String type, String value) throws IOException {
        w.pair("АдресноеПоле", "Тип", type, "Значение", value);
    }

    private static void contact(CmlXmlWriter w, String type, String value) throws IOException {
        w.pair("Контакт", "Тип", type, "Значение", value);
    }

    private static String digits(Rng rng, int count) {
        char[] out = new char[count];
        for (int i = 0; i < count; i++) {
            out[i] = (char) ('0' + rng.nextInt(10));
        }
        return new String(out);
    }

    /**
     * An INN with valid check digits: 10 digits for a company, 12 for an individual entrepreneur.
     *
     * @param rng the generator
     * @param length 10 or 12
     * @return the INN
     */
    static String inn(Rng rng, int length) {
        StringBuilder inn = new StringBuilder(digits(rng, length == 10 ? 9 : 10));
        if (inn.charAt(0) == '0') {
            inn.setCharAt(0, '7');
        }
        if (length == 10) {
            inn.append(check(inn, INN10));
        } else {
            inn.append(check(inn, INN11));
            inn.append(check(inn, INN12));
        }
        return inn.toString();
    }

    private static int check(CharSequence digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum % 11 % 10;
    }
}
