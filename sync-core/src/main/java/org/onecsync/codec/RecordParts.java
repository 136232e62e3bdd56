package org.onecsync.codec;

import java.util.List;
import org.onecsync.model.Address;
import org.onecsync.model.BankAccount;
import org.onecsync.model.Characteristic;
import org.onecsync.model.Contact;
import org.onecsync.model.DictionaryValue;
import org.onecsync.model.Image;
import org.onecsync.model.Manufacturer;
import org.onecsync.model.PropertyValue;
import org.onecsync.model.Representative;
import org.onecsync.model.Requisite;
import org.onecsync.model.TaxRate;

/**
 * The JSON of each nested part that a typed table keeps in a JSON column, exactly as that part appears inside
 * {@link RecordCodec#json}, and its inverse.
 *
 * <p>Writers of lists take {@code null} as an empty list and write {@code []}; {@link #writeManufacturer}
 * writes {@code null} (no text) for no manufacturer. Readers accept what the writers write and what
 * PostgreSQL's {@code jsonb} prints for it (keys in any order, whitespace, unknown keys ignored); a {@code null}
 * column (or the JSON {@code null}) reads as an empty list, or as no manufacturer. Readers throw
 * {@link IllegalArgumentException} for text of another shape.
 */
public final class RecordParts {

    private RecordParts() {
    }

    /**
     * @param ids the list; {@code null} is taken as empty
     * @return {@code ["id",…]}: a product's {@code categoryIds}
     */
    public static String writeCategoryIds(List<String> ids) {
        return Json.write(ids, (out, v) -> Json.array(out, v, Json::text));
    }

    /**
     * @param json the column's JSON text, or {@code null}
     * @return the category ids; empty for {@code null}
     */
    public static List<String> readCategoryIds(String json) {
        return readList(json, "categoryIds", Json::text);
    }

    /**
     * @param manufacturer the manufacturer, or {@code null}
     * @return {@code {"id":…,"name":…,"officialName":…}}, or {@code null} for no manufacturer
     */
    public static String writeManufacturer(Manufacturer manufacturer) {
        return manufacturer == null ? null : Json.write(manufacturer, RecordWriter::manufacturer);
    }

    /**
     * @param json the column's JSON text, or {@code null}
     * @return the manufacturer, or {@code null} for a {@code null} column or JSON {@code null}
     */
    public static Manufacturer readManufacturer(String json) {
        return json == null ? null : Json.read(json, "manufacturer", RecordReader::manufacturer);
    }

    /**
     * @param values the list; {@code null} is taken as empty
     * @return {@code [{"propertyId":…,"value":…},…]}: a product's or an offer's {@code propertyValues}
     */
    public static String writePropertyValues(List<PropertyValue> values) {
        return Json.write(values, (out, v) -> Json.array(out, v, RecordWriter::propertyValue));
    }

    /**
     * @param json the column's JSON text, or {@code null}
     * @return the property values; empty for {@code null}
     */
    public static List<PropertyValue> readPropertyValues(String json) {
        return readList(json, "propertyValues", RecordReader::propertyValue);
    }

    /**
     * @param values the list; {@code null} is taken as empty
     * @return {@code [{"name":…,"value":…},…]}: a product's or an offer's {@code characteristics}
     */
    public static String writeCharacteristics(List<Characteristic> values) {
        return Json.write(values, (out, v) -> Json.array(out, v, RecordWriter::characteristic));
    }

    /**
     * @param json the column's JSON text, or {@code null}
     * @return the characteristics; empty for {@code null}
     */
    public static List<Characteristic> readCharacteristics(String json) {
        return readList(json, "characteristics", RecordReader::characteristic);
    }

    /**
     * @param values the list; {@code null} is taken as empty
     * @return {@code [{"name":…,"value":…},…]}: a product's {@code requisites}
     */
    public static String writeRequisites(List<Requisite> values) {
        return Json.write(values, (out, v) -> Json.array(out, v, RecordWriter::requisite));
    }

    /**
     * @param json the column's JSON text, or {@code null}
     * @return the requisites; empty for {@code null}
     */
    public static List<Requisite> readRequisites(String json) {
        return readList(json, "requisites", RecordReader::requisite);
    }

    /**
     * @param values the list; {@code null} is taken as empty
     * @return {@code [{"path":…,"caption":…},…]}: a product's {@code images}
     */
    public static String writeImages(List<Image> values) {
        return Json.write(values, (out, v) -> Json.array(out, v, RecordWriter::image));
    }

    /**
     * @param json the column's JSON text, or {@code null}
     * @return the images; empty for {@code null}
     */
    public static List<Image> readImages(String json) {
        return readList(json, "images", RecordReader::image);
    }

    /**
     * @param values the list; {@code null} is taken as empty
     * @return {@code [{"name":…,"rate":…},…]}: a product's {@code taxRates}
     */
    public static String writeTaxRates(List<TaxRate> values) {
        return Json.write(values, (out, v) -> Json.array(out, v, RecordWriter::taxRate));
    }

    /**
     * @param json the column's JSON text, or {@code null}
     * @return the tax rates; empty for {@code null}
     */
    public static List<TaxRate> readTaxRates(String json) {
        return readList(json, "taxRates", RecordReader::taxRate);
    }

    /**
     * @param values the list; {@code null} is taken as empty
     * @return {@code [{"id":…,"value":…},…]}: a property's dictionary ({@code Property.values})
     */
    public static String writeDictionary(List<DictionaryValue> values) {
        return Json.write(values, (out, v) -> Json.array(out, v, RecordWriter::dictionaryValue));
    }

    /**
     * @param json the column's JSON text, or {@code null}
     * @return the dictionary values; empty for {@code null}
     */
    public static List<DictionaryValue> readDictionary(String json) {
        return readList(json, "dictionary", RecordReader::dictionaryValue);
    }

    /**
     * @param values the list; {@code null} is taken as empty
     * @return {@code [{"kind":…,"presentation":…,"fields":[{"type":…,"value":…}]},…]}: a counterparty's addresses
     */
    public static String writeAddresses(List<Address> values) {
        return Json.write(values, (out, v) -> Json.array(out, v, RecordWriter::address));
    }

    /**
     * @param json the column's JSON text, or {@code null}
     * @return the addresses; empty for {@code null}
     */
    public static List<Address> readAddresses(String json) {
        return readList(json, "addresses", RecordReader::address);
    }

    /**
     * @param values the list; {@code null} is taken as empty
     * @return {@code [{"type":…,"value":…},…]}: a counterparty's contacts
     */
    public static String writeContacts(List<Contact> values) {
        return Json.write(values, (out, v) -> Json.array(out, v, RecordWriter::contact));
    }

    /**
     * @param json the column's JSON text, or {@code null}
     * @return the contacts; empty for {@code null}
     */
    public static List<Contact> readContacts(String json) {
        return readList(json, "contacts", RecordReader::contact);
    }

    /**
     * @param values the list; {@code null} is taken as empty
     * @return {@code [{"number":…,"bankName":…,"bic":…,"correspondentAccount":…,"bankAddress":…},…]}: a
     *     counterparty's bank accounts
     */
    public static String writeBankAccounts(List<BankAccount> values) {
        return Json.write(values, (out, v) -> Json.array(out, v, RecordWriter::bankAccount));
    }

    /**
     * @param json the column's JSON text, or {@code null}
     * @return the bank accounts; empty for {@code null}
     */
    public static List<BankAccount> readBankAccounts(String json) {
        return readList(json, "bankAccounts", RecordReader::bankAccount);
    }

    /**
     * @param values the list; {@code null} is taken as empty
     * @return {@code [{"id":…,"name":…,"relation":…},…]}: a counterparty's representatives
     */
    public static String writeRepresentatives(List<Representative> values) {
        return Json.write(values, (out, v) -> Json.array(out, v, RecordWriter::representative));
    }

    /**
     * @param json the column's JSON text, or {@code null}
     * @return the representatives; empty for {@code null}
     */
    public static List<Representative> readRepresentatives(String json) {
        return readList(json, "representatives", RecordReader::representative);
    }

    private static <T> List<T> readList(String json, String what, Json.Reading<T> element) {
        if (json == null) {
            return List.of();
        }
        return List.copyOf(Json.read(json, what, in -> Json.list(in, what, element)));
    }
}
