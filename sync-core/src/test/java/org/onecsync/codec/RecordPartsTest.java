package org.onecsync.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.onecsync.model.Counterparty;
import org.onecsync.model.Image;
import org.onecsync.model.Manufacturer;
import org.onecsync.model.Offer;
import org.onecsync.model.Product;
import org.onecsync.model.Property;
import org.onecsync.model.PropertyValue;

/** {@link RecordParts}: each part's JSON is exactly its text inside the record's JSON, and reads back. */
class RecordPartsTest {

    /** The record's JSON holds {@code "name":partJson} right after a comma. */
    private static void assertPartOf(String recordJson, String name, String partJson) {
        assertTrue(recordJson.contains(",\"" + name + "\":" + partJson + ",")
                        || recordJson.contains(",\"" + name + "\":" + partJson + "}"),
                name + ": " + partJson + " not in " + recordJson);
    }

    private static <T> void assertReadsBack(List<T> value, Function<List<T>, String> write,
            Function<String, List<T>> read) {
        String json = write.apply(value);
        assertEquals(value, read.apply(json));
        assertEquals(value, read.apply(Jsonb.of(json)));
    }

    @Test
    void productPartsAreTheirTextInTheProductJson() {
        Product p = Samples.product();
        String json = RecordCodec.json(p);
        assertPartOf(json, "categoryIds", RecordParts.writeCategoryIds(p.categoryIds()));
        assertPartOf(json, "manufacturer", RecordParts.writeManufacturer(p.manufacturer()));
        assertPartOf(json, "propertyValues", RecordParts.writePropertyValues(p.propertyValues()));
        assertPartOf(json, "characteristics", RecordParts.writeCharacteristics(p.characteristics()));
        assertPartOf(json, "requisites", RecordParts.writeRequisites(p.requisites()));
        assertPartOf(json, "images", RecordParts.writeImages(p.images()));
        assertPartOf(json, "taxRates", RecordParts.writeTaxRates(p.taxRates()));
        assertEquals("[{\"propertyId\":\"prop-1\",\"value\":\"v-1\"},{\"propertyId\":\"prop-2\"},"
                + "{\"propertyId\":\"prop-3\",\"value\":\"\"}]", RecordParts.writePropertyValues(
                        p.propertyValues().subList(0, 3)));
        assertEquals("[\"c-1\",\"c-2\",\"c\\u2028\\u0001\"]", RecordParts.writeCategoryIds(p.categoryIds()));
        assertEquals("{\"id\":\"m-1\",\"name\":\"Espado\",\"officialName\":\"ООО \\\"Эспадо\\\"\"}",
                RecordParts.writeManufacturer(p.manufacturer()));
    }

    @Test
    void offerPropertyAndCounterpartyPartsAreTheirTextInTheRecordJson() {
        Offer offer = Samples.offer();
        String offerJson = RecordCodec.json(offer);
        assertPartOf(offerJson, "characteristics", RecordParts.writeCharacteristics(offer.characteristics()));
        assertPartOf(offerJson, "propertyValues", RecordParts.writePropertyValues(offer.propertyValues()));
        Property property = Samples.property();
        assertPartOf(RecordCodec.json(property), "values", RecordParts.writeDictionary(property.values()));
        Counterparty c = Samples.counterparty();
        String json = RecordCodec.json(c);
        assertPartOf(json, "addresses", RecordParts.writeAddresses(c.addresses()));
        assertPartOf(json, "contacts", RecordParts.writeContacts(c.contacts()));
        assertPartOf(json, "bankAccounts", RecordParts.writeBankAccounts(c.bankAccounts()));
        assertPartOf(json, "representatives", RecordParts.writeRepresentatives(c.representatives()));
    }

    @Test
    void everyPartReadsBackFromItsTextAndFromJsonb() {
        Product p = Samples.product();
        assertReadsBack(p.categoryIds(), RecordParts::writeCategoryIds, RecordParts::readCategoryIds);
        assertReadsBack(p.propertyValues(), RecordParts::writePropertyValues, RecordParts::readPropertyValues);
        assertReadsBack(p.characteristics(), RecordParts::writeCharacteristics, RecordParts::readCharacteristics);
        assertReadsBack(p.requisites(), RecordParts::writeRequisites, RecordParts::readRequisites);
        assertReadsBack(p.images(), RecordParts::writeImages, RecordParts::readImages);
        assertReadsBack(p.taxRates(), RecordParts::writeTaxRates, RecordParts::readTaxRates);
        assertReadsBack(Samples.property().values(), RecordParts::writeDictionary, RecordParts::readDictionary);
        Counterparty c = Samples.counterparty();
        assertReadsBack(c.addresses(), RecordParts::writeAddresses, RecordParts::readAddresses);
        assertReadsBack(c.contacts(), RecordParts::writeContacts, RecordParts::readContacts);
        assertReadsBack(c.bankAccounts(), RecordParts::writeBankAccounts, RecordParts::readBankAccounts);
        assertReadsBack(c.representatives(), RecordParts::writeRepresentatives, RecordParts::readRepresentatives);
        String manufacturer = RecordParts.writeManufacturer(p.manufacturer());
        assertEquals(p.manufacturer(), RecordParts.readManufacturer(manufacturer));
        assertEquals(p.manufacturer(), RecordParts.readManufacturer(Jsonb.of(manufacturer)));
    }

    @Test
    void emptyListsWriteEmptyArraysAndNoManufacturerWritesNull() {
        assertEquals("[]", RecordParts.writeCategoryIds(List.of()));
        assertEquals("[]", RecordParts.writePropertyValues(List.of()));
        assertEquals("[]", RecordParts.writeAddresses(null));
        assertNull(RecordParts.writeManufacturer(null));
        assertEquals("{}", RecordParts.writeManufacturer(new Manufacturer(null, null, null)));
    }

    @Test
    void nullColumnsReadAsEmptyListsAndNoManufacturer() {
        assertEquals(List.of(), RecordParts.readCategoryIds(null));
        assertEquals(List.of(), RecordParts.readImages(null));
        assertEquals(List.of(), RecordParts.readRepresentatives("null"));
        assertEquals(List.of(), RecordParts.readDictionary(" [ ] "));
        assertNull(RecordParts.readManufacturer(null));
        assertNull(RecordParts.readManufacturer("null"));
    }

    @Test
    void readsPartsWithReorderedAndUnknownKeys() {
        assertEquals(List.of(new PropertyValue("a", "b"), new PropertyValue("c", null)),
                RecordParts.readPropertyValues("[{\"value\": \"b\", \"x\": 1, \"propertyId\": \"a\"}, {\"propertyId\": \"c\"}]"));
        assertEquals(List.of(new Image("p", "c")), RecordParts.readImages("[{\"caption\": \"c\", \"path\": \"p\"}]"));
    }

    @Test
    void readListsAreUnmodifiable() {
        List<String> ids = RecordParts.readCategoryIds("[\"a\"]");
        assertThrows(UnsupportedOperationException.class, () -> ids.add("b"));
    }

    @Test
    void refusesPartsOfAnotherShape() {
        assertThrows(IllegalArgumentException.class, () -> RecordParts.readCategoryIds("{}"));
        assertThrows(IllegalArgumentException.class, () -> RecordParts.readPropertyValues("[1]"));
        assertThrows(IllegalArgumentException.class, () -> RecordParts.readManufacturer("[]"));
        assertThrows(IllegalArgumentException.class, () -> RecordParts.readContacts("[{}"));
    }
}
