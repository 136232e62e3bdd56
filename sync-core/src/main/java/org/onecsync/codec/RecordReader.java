package org.onecsync.codec;

import static org.onecsync.codec.Json.decimal;
import static org.onecsync.codec.Json.enterObject;
import static org.onecsync.codec.Json.flag;
import static org.onecsync.codec.Json.list;
import static org.onecsync.codec.Json.nextField;
import static org.onecsync.codec.Json.skip;
import static org.onecsync.codec.Json.text;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.onecsync.model.Address;
import org.onecsync.model.AddressField;
import org.onecsync.model.BankAccount;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.Category;
import org.onecsync.model.Characteristic;
import org.onecsync.model.Contact;
import org.onecsync.model.Counterparty;
import org.onecsync.model.DictionaryValue;
import org.onecsync.model.Discount;
import org.onecsync.model.EntityType;
import org.onecsync.model.Image;
import org.onecsync.model.Manufacturer;
import org.onecsync.model.Offer;
import org.onecsync.model.OfferKey;
import org.onecsync.model.Order;
import org.onecsync.model.OrderLine;
import org.onecsync.model.Price;
import org.onecsync.model.PriceType;
import org.onecsync.model.Product;
import org.onecsync.model.Property;
import org.onecsync.model.PropertyValue;
import org.onecsync.model.Representative;
import org.onecsync.model.Requisite;
import org.onecsync.model.Stock;
import org.onecsync.model.TaxRate;
import org.onecsync.model.Unit;
import org.onecsync.model.UnitRef;
import org.onecsync.model.Warehouse;

/**
 * Reads records and their parts, one method per type, the parser standing on the value's first token. Fields
 * may come in any order; unknown fields are skipped; absent fields are {@code null}, {@code false} or empty
 * lists. A part's reader returns {@code null} for a JSON {@code null}.
 */
final class RecordReader {

    private RecordReader() {
    }

    static CatalogRecord record(JsonParser in, EntityType type) throws IOException {
        return switch (type) {
            case UNIT -> unit(in);
            case WAREHOUSE -> warehouse(in);
            case PRICE_TYPE -> priceType(in);
            case CATEGORY -> category(in);
            case PROPERTY -> property(in);
            case PRODUCT -> product(in);
            case OFFER -> offer(in);
            case PRICE -> price(in);
            case STOCK -> stock(in);
            case COUNTERPARTY -> counterparty(in);
            case ORDER -> order(in);
        };
    }

    // ---- records ----------------------------------------------------------------------------------------

    static Unit unit(JsonParser in) throws IOException {
        if (!enterObject(in, "a unit")) {
            return null;
        }
        String id = null;
        String code = null;
        String shortName = null;
        String fullName = null;
        String international = null;
        boolean deleted = false;
        for (String field = nextField(in); field != null; field = nextField(in)) {
            switch (field) {
                case "id" -> id = text(in);
                case "code" -> code = text(in);
                case "shortName" -> shortName = text(in);
                case "fullName" -> fullName = text(in);
                case "internationalAbbreviation" -> international = text(in);
                case "deleted" -> deleted = flag(in);
                default -> skip(in);
            }
        }
        return new Unit(id, code, shortName, fullName, international, deleted);
    }

    static Warehouse warehouse(JsonParser in) throws IOException {
        if (!enterObject(in, "a warehouse")) {
            return null;
        }
        String id = null;
        String name = null;
        boolean deleted = false;
        for (String field = nextField(in); field != null; field = nextField(in)) {
            switch (field) {
                case "id" -> id = text(in);
                case "name" -> name = text(in);
                case "deleted" -> deleted = flag(in);
                default -> skip(in);
            }
        }
        return new Warehouse(id, name, deleted);
    }

    static PriceType priceType(JsonParser in) throws IOException {
        if (!enterObject(in, "a price type")) {
            return null;
        }
        String id = null;
        String name = null;
        String currency = null;
        String taxName = null;
        Boolean taxIncluded = null;
        boolean deleted = false;
        for (String field = nextField(in); field != null; field = nextField(in)) {
            switch (field) {
                case "id" -> id = text(in);
                case "name" -> name = text(in);
                case "currency" -> currency = text(in);
                case "taxName" -> taxName = text(in);
                case "taxIncluded" -> taxIncluded = Json.bool(in);
                case "deleted" -> deleted = flag(in);
                default -> skip(in);
            }
        }
        return new PriceType(id, name, currency, taxName, taxIncluded, deleted);
    }

    static Category category(JsonParser in) throws IOException {
        if (!enterObject(in, "a category")) {
            return null;
        }
        String id = null;
        String parentId = null;
        String name = null;
        boolean deleted = false;
        for (String field = nextField(in); field != null; field = nextField(in)) {
            switch (field) {
                case "id" -> id = text(in);
                case "parentId" -> parentId = text(in);
                case "name" -> name = text(in);
                case "deleted" -> deleted = flag(in);
                default -> skip(in);
            }
        }
        return new Category(id, parentId, name, deleted);
    }

    static Property property(JsonParser in) throws IOException {
        if (!enterObject(in, "a property")) {
            return null;
        }
        String id = null;
        String name = null;
        String valueType = null;
        List<DictionaryValue> values = List.of();
        boolean deleted = false;
        for (String field = nextField(in); field != null; field = nextField(in)) {
            switch (field) {
                case "id" -> id = text(in);
                case "name" -> name = text(in);
                case "valueType" -> valueType = text(in);
                case "values" -> values = list(in, "values", RecordReader::dictionaryValue);
                case "deleted" -> deleted = flag(in);
                default -> skip(in);
            }
        }
        return new Property(id, name, valueType, values, deleted);
    }

    static Product product(JsonParser in) throws IOException {
        if (!enterObject(in, "a product")) {
            return null;
        }
        String id = null;
        String sku = null;
        String name = null;
        String description = null;
        List<String> categoryIds = List.of();
        UnitRef unit = null;
        String barcode = null;
        String country = null;
        Manufacturer manufacturer = null;
        List<PropertyValue> propertyValues = List.of();
        List<Characteristic> characteristics = List.of();
        List<Requisite> requisites = List.of();
        List<Image> images = List.of();
        List<TaxRate> taxRates = List.of();
        String version = null;
        boolean deleted = false;
        for (String field = nextField(in); field != null; field = nextField(in)) {
            switch (field) {
                case "id" -> id = text(in);
                case "sku" -> sku = text(in);
                case "name" -> name = text(in);
                case "description" -> description = text(in);
                case "categoryIds" -> categoryIds = list(in, "categoryIds", Json::text);
                case "unit" -> unit = unitRef(in);
                case "barcode" -> barcode = text(in);
                case "country" -> country = text(in);
                case "manufacturer" -> manufacturer = manufacturer(in);
                case "propertyValues" -> propertyValues = list(in, "propertyValues", RecordReader::propertyValue);
                case "characteristics" -> characteristics = list(in, "characteristics", RecordReader::characteristic);
                case "requisites" -> requisites = list(in, "requisites", RecordReader::requisite);
                case "images" -> images = list(in, "images", RecordReader::image);
                case "taxRates" -> taxRates = list(in, "taxRates", RecordReader::taxRate);
                case "version" -> version = text(in);
                case "deleted" -> deleted = flag(in);
                default -> skip(in);
            }
        }
        return new Product(id, sku, name, description, categoryIds, unit, barcode, country, manufacturer,
                propertyValues, characteristics, requisites, images, taxRates, version, deleted);
    }

    static Offer offer(JsonParser in) throws IOException {
        if (!enterObject(in, "an offer")) {
            return null;
        }
        OfferKey key = null;
        String name = null;
        String sku = null;
        String barcode = null;
        UnitRef unit = null;
        List<Characteristic> characteristics = List.of();
        List<PropertyValue> propertyValues = List.of();
        String version = null;
        boolean deleted = false;
        for (String field = nextField(in); field != null; field = nextField(in)) {
            switch (field) {
                case "offerKey" -> key = offerKey(in);
                case "name" -> name = text(in);
                case "sku" -> sku = text(in);
                case "barcode" -> barcode = text(in);
                case "unit" -> unit = unitRef(in);
                case "characteristics" -> characteristics = list(in, "characteristics", RecordReader::characteristic);
                case "propertyValues" -> propertyValues = list(in, "propertyValues", RecordReader::propertyValue);
                case "version" -> version = text(in);
                case "deleted" -> deleted = flag(in);
                default -> skip(in);
            }
        }
        return new Offer(key, name, sku, barcode, unit, characteristics, propertyValues, version, deleted);
    }

    static Price price(JsonParser in) throws IOException {
        if (!enterObject(in, "a price")) {
            return null;
        }
        OfferKey offer = null;
        String priceTypeId = null;
        BigDecimal amount = null;
        String currency = null;
        String unit = null;
        BigDecimal coefficient = null;
        for (String field = nextField(in); field != null; field = nextField(in)) {
            switch (field) {
                case "offer" -> offer = offerKey(in);
                case "priceTypeId" -> priceTypeId = text(in);
                case "amount" -> amount = decimal(in);
                case "currency" -> currency = text(in);
                case "unit" -> unit = text(in);
                case "coefficient" -> coefficient = decimal(in);
                default -> skip(in);
            }
        }
        return new Price(offer, priceTypeId, amount, currency, unit, coefficient);
    }

    static Stock stock(JsonParser in) throws IOException {
        if (!enterObject(in, "a stock")) {
            return null;
        }
        OfferKey offer = null;
        String warehouseId = null;
        BigDecimal quantity = null;
        for (String field = nextField(in); field != null; field = nextField(in)) {
            switch (field) {
                case "offer" -> offer = offerKey(in);
                case "warehouseId" -> warehouseId = text(in);
                case "quantity" -> quantity = decimal(in);
                default -> skip(in);
            }
        }
        return new Stock(offer, warehouseId, quantity);
    }

    static Counterparty counterparty(JsonParser in) throws IOException {
        if (!enterObject(in, "a counterparty")) {
            return null;
        }
        String id = null;
        String name = null;
        String fullName = null;
        String officialName = null;
        String role = null;
        String inn = null;
        String kpp = null;
        String okpo = null;
        List<Address> addresses = List.of();
        List<Contact> contacts = List.of();
        List<BankAccount> bankAccounts = List.of();
        List<Representative> representatives = List.of();
        String version = null;
        boolean deleted = false;
        for (String field = nextField(in); field != null; field = nextField(in)) {
            switch (field) {
                case "id" -> id = text(in);
                case "name" -> name = text(in);
                case "fullName" -> fullName = text(in);
                case "officialName" -> officialName = text(in);
                case "role" -> role = text(in);
                case "inn" -> inn = text(in);
                case "kpp" -> kpp = text(in);
                case "okpo" -> okpo = text(in);
                case "addresses" -> addresses = list(in, "addresses", RecordReader::address);
                case "contacts" -> contacts = list(in, "contacts", RecordReader::contact);
                case "bankAccounts" -> bankAccounts = list(in, "bankAccounts", RecordReader::bankAccount);
                case "representatives" -> representatives = list(in, "representatives", RecordReader::representative);
                case "version" -> version = text(in);
                case "deleted" -> deleted = flag(in);
                default -> skip(in);
            }
        }
        return new Counterparty(id, name, fullName, officialName, role, inn, kpp, okpo, addresses, contacts,
                bankAccounts, representatives, version, deleted);
    }

    static Order order(JsonParser in) throws IOException {
        if (!enterObject(in, "an order")) {
            return null;
        }
        String id = null;
        String number = null;
        LocalDateTime date = null;
        String operation = null;
        String role = null;
        String currency = null;
        BigDecimal rate = null;
        BigDecimal total = null;
        List<Counterparty> counterparties = List.of();
        List<OrderLine> lines = List.of();
        List<Requisite> requisites = List.of();
        boolean deleted = false;
        String comment = null;
        for (String field = nextField(in); field != null; field = nextField(in)) {
            switch (field) {
                case "id" -> id = text(in);
                case "number" -> number = text(in);
                case "date" -> date = dateTime(in);
                case "operation" -> operation = text(in);
                case "role" -> role = text(in);
                case "currency" -> currency = text(in);
                case "rate" -> rate = decimal(in);
                case "total" -> total = decimal(in);
                case "counterparties" -> counterparties = list(in, "counterparties", RecordReader::counterparty);
                case "lines" -> lines = list(in, "lines", RecordReader::orderLine);
                case "requisites" -> requisites = list(in, "requisites", RecordReader::requisite);
                case "deleted" -> deleted = flag(in);
                case "comment" -> comment = text(in);
                default -> skip(in);
            }
        }
        return new Order(id, number, date, operation, role, currency, rate, total, counterparties, lines,
                requisites, deleted, comment);
    }

    // ---- parts ------------------------------------------------------------------------------------------

    private static OfferKey offerKey(JsonParser in) throws IOException {
        String text = text(in);
        if (text == null) {
            return null;
        }
        try {
            return OfferKey.parse(text);
        } catch (IllegalArgumentException e) {
            throw Json.failure(in, e.getMessage());
        }
    }

    private static LocalDateTime dateTime(JsonParser in) throws IOException {
        String text = text(in);
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw Json.failure(in, "'" + text + "' is not a date and time");
        }
    }

    static UnitRef unitRef(JsonParser in) throws IOException {
        if (!enterObject(in, "a unit")) {
            return null;
        }
        String code = null;
        String name = null;
        String fullName = null;
        String international = null;
        for (String field = nextField(in); field != null; field = nextField(in)) {
            switch (field) {
                case "code" -> code = text(in);
                case "name" -> name = text(in);
                case "fullName" -> fullName = text(in);
                case "internationalAbbreviation" -> international = text(in);
                default -> skip(in);
            }
        }
        return new UnitRef(code, name, fullName, international);
    }

    static Manufacturer manufacturer(JsonParser in) throws IOException {
        if (!enterObject(in, "a manufacturer")) {
            return null;
        }
        String id = null;
        String name = null;
        String officialName = null;
        for (String field = nextField(in); field != null; field = nextField(in)) {
            switch (field) {
                case "id" -> id = text(in);
                case "name" -> name = text(in);
                case "officialName" -> officialName = text(in);
                default -> skip(in);
            }
        }
        return new Manufacturer(id, name, officialName);
    }

    static PropertyValue propertyValue(JsonParser in) throws IOException {
        String[] v = pair(in, "a property value", "propertyId", "value");
        return v == null ? null : new PropertyValue(v[0], v[1]);
    }

    static Characteristic characteristic(JsonParser in) throws IOException {
        String[] v = pair(in, "a characteristic", "name", "value");
        return v == null ? null : new Characteristic(v[0], v[1]);
    }

    static Requisite requisite(JsonParser in) throws IOException {
        String[] v = pair(in, "a requisite", "name", "value");
        return v == null ? null : new Requisite(v[0], v[1]);
    }

    static Image image(JsonParser in) throws IOException {
        String[] v = pair(in, "an image", "path", "caption");
        return v == null ? null : new Image(v[0], v[1]);
    }

    static TaxRate taxRate(JsonParser in) throws IOException {
        String[] v = pair(in, "a tax rate", "name", "rate");
        return v == null ? null : new TaxRate(v[0], v[1]);
    }

    static DictionaryValue dictionaryValue(JsonParser in) throws IOException {
        String[] v = pair(in, "a dictionary value", "id", "value");
        return v == null ? null : new DictionaryValue(v[0], v[1]);
    }

    static Contact contact(JsonParser in) throws IOException {
        String[] v = pair(in, "a contact", "type", "value");
        return v == null ? null : new Contact(v[0], v[1]);
    }

    private static AddressField addressField(JsonParser in) throws IOException {
        String[] v = pair(in, "an address field", "type", "value");
        return v == null ? null : new AddressField(v[0], v[1]);
    }

    static Address address(JsonParser in) throws IOException {
        if (!enterObject(in, "an address")) {
            return null;
        }
        String kind = null;
        String presentation = null;
        List<AddressField> fields = List.of();
        for (String field = nextField(in); field != null; field = nextField(in)) {
            switch (field) {
                case "kind" -> kind = text(in);
                case "presentation" -> presentation = text(in);
                case "fields" -> fields = list(in, "fields", RecordReader::addressField);
                default -> skip(in);
            }
        }
        return new Address(kind, presentation, fields);
    }

    static BankAccount bankAccount(JsonParser in) throws IOException {
        if (!enterObject(in, "a bank account")) {
            return null;
        }
        String number = null;
        String bankName = null;
        String bic = null;
        String correspondent = null;
        String bankAddress = null;
        for (String field = nextField(in); field != null; field = nextField(in)) {
            switch (field) {
                case "number" -> number = text(in);
                case "bankName" -> bankName = text(in);
                case "bic" -> bic = text(in);
                case "correspondentAccount" -> correspondent = text(in);
                case "bankAddress" -> bankAddress = text(in);
                default -> skip(in);
            }
        }
        return new BankAccount(number, bankName, bic, correspondent, bankAddress);
    }

    static Representative representative(JsonParser in) throws IOException {
        if (!enterObject(in, "a representative")) {
            return null;
        }
        String id = null;
        String name = null;
        String relation = null;
        for (String field = nextField(in); field != null; field = nextField(in)) {
            switch (field) {
                case "id" -> id = text(in);
                case "name" -> name = text(in);
                case "relation" -> relation = text(in);
                default -> skip(in);
            }
        }
        return new Representative(id, name, relation);
    }

    private static OrderLine orderLine(JsonParser in) throws IOException {
        if (!enterObject(in, "an order line")) {
            return null;
        }
        String productId = null;
        String name = null;
        UnitRef unit = null;
        BigDecimal price = null;
        BigDecimal quantity = null;
        BigDecimal sum = null;
        List<Requisite> requisites = List.of();
        BigDecimal coefficient = null;
        List<Discount> discounts = List.of();
        for (String field = nextField(in); field != null; field = nextField(in)) {
            switch (field) {
                case "productId" -> productId = text(in);
                case "name" -> name = text(in);
                case "unit" -> unit = unitRef(in);
                case "price" -> price = decimal(in);
                case "quantity" -> quantity = decimal(in);
                case "sum" -> sum = decimal(in);
                case "requisites" -> requisites = list(in, "requisites", RecordReader::requisite);
                case "coefficient" -> coefficient = decimal(in);
                case "discounts" -> discounts = list(in, "discounts", RecordReader::discount);
                default -> skip(in);
            }
        }
        return new OrderLine(productId, name, unit, price, quantity, sum, requisites, coefficient, discounts);
    }

    private static Discount discount(JsonParser in) throws IOException {
        if (!enterObject(in, "a discount")) {
            return null;
        }
        String name = null;
        BigDecimal sum = null;
        BigDecimal percent = null;
        boolean included = false;
        for (String field = nextField(in); field != null; field = nextField(in)) {
            switch (field) {
                case "name" -> name = text(in);
                case "sum" -> sum = decimal(in);
                case "percent" -> percent = decimal(in);
                case "includedInSum" -> included = flag(in);
                default -> skip(in);
            }
        }
        return new Discount(name, sum, percent, included);
    }

    /** A two-string object ({@code {"name":…,"value":…}}), as {@code [first, second]}; {@code null} for null. */
    private static String[] pair(JsonParser in, String what, String first, String second) throws IOException {
        if (!enterObject(in, what)) {
            return null;
        }
        String a = null;
        String b = null;
        for (String field = nextField(in); field != null; field = nextField(in)) {
            if (field.equals(first)) {
                a = text(in);
            } else if (field.equals(second)) {
                b = text(in);
            } else {
                skip(in);
            }
        }
        return new String[] {a, b};
    }
}
