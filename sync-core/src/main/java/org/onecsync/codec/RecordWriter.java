package org.onecsync.codec;

import static org.onecsync.codec.Json.bool;
import static org.onecsync.codec.Json.list;
import static org.onecsync.codec.Json.number;
import static org.onecsync.codec.Json.object;
import static org.onecsync.codec.Json.string;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
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
 * Writes records and their parts, one method per type: fields in the record's declaration order, {@code null}
 * fields left out, flags always written, lists always written ({@code []} when empty).
 */
final class RecordWriter {

    private RecordWriter() {
    }

    static void record(JsonGenerator out, CatalogRecord record) throws IOException {
        switch (record.type()) {
            case UNIT -> unit(out, (Unit) record);
            case WAREHOUSE -> warehouse(out, (Warehouse) record);
            case PRICE_TYPE -> priceType(out, (PriceType) record);
            case CATEGORY -> category(out, (Category) record);
            case PROPERTY -> property(out, (Property) record);
            case PRODUCT -> product(out, (Product) record);
            case OFFER -> offer(out, (Offer) record);
            case PRICE -> price(out, (Price) record);
            case STOCK -> stock(out, (Stock) record);
            case COUNTERPARTY -> counterparty(out, (Counterparty) record);
            case ORDER -> order(out, (Order) record);
            default -> throw new IllegalArgumentException("unknown record type " + record.type());
        }
    }

    // ---- records ----------------------------------------------------------------------------------------

    static void unit(JsonGenerator out, Unit r) throws IOException {
        out.writeStartObject();
        string(out, "id", r.id());
        string(out, "code", r.code());
        string(out, "shortName", r.shortName());
        string(out, "fullName", r.fullName());
        string(out, "internationalAbbreviation", r.internationalAbbreviation());
        bool(out, "deleted", r.deleted());
        out.writeEndObject();
    }

    static void warehouse(JsonGenerator out, Warehouse r) throws IOException {
        out.writeStartObject();
        string(out, "id", r.id());
        string(out, "name", r.name());
        bool(out, "deleted", r.deleted());
        out.writeEndObject();
    }

    static void priceType(JsonGenerator out, PriceType r) throws IOException {
        out.writeStartObject();
        string(out, "id", r.id());
        string(out, "name", r.name());
        string(out, "currency", r.currency());
        string(out, "taxName", r.taxName());
        bool(out, "taxIncluded", r.taxIncluded());
        bool(out, "deleted", r.deleted());
        out.writeEndObject();
    }

    static void category(JsonGenerator out, Category r) throws IOException {
        out.writeStartObject();
        string(out, "id", r.id());
        string(out, "parentId", r.parentId());
        string(out, "name", r.name());
        bool(out, "deleted", r.deleted());
        out.writeEndObject();
    }

    static void property(JsonGenerator out, Property r) throws IOException {
        out.writeStartObject();
        string(out, "id", r.id());
        string(out, "name", r.name());
        string(out, "valueType", r.valueType());
        list(out, "values", r.values(), RecordWriter::dictionaryValue);
        bool(out, "deleted", r.deleted());
        out.writeEndObject();
    }

    static void product(JsonGenerator out, Product r) throws IOException {
        out.writeStartObject();
        string(out, "id", r.id());
        string(out, "sku", r.sku());
        string(out, "name", r.name());
        string(out, "description", r.description());
        list(out, "categoryIds", r.categoryIds(), Json::text);
        object(out, "unit", r.unit(), RecordWriter::unitRef);
        string(out, "barcode", r.barcode());
        string(out, "country", r.country());
        object(out, "manufacturer", r.manufacturer(), RecordWriter::manufacturer);
        list(out, "propertyValues", r.propertyValues(), RecordWriter::propertyValue);
        list(out, "characteristics", r.characteristics(), RecordWriter::characteristic);
        list(out, "requisites", r.requisites(), RecordWriter::requisite);
        list(out, "images", r.images(), RecordWriter::image);
        list(out, "taxRates", r.taxRates(), RecordWriter::taxRate);
        string(out, "version", r.version());
        bool(out, "deleted", r.deleted());
        out.writeEndObject();
    }

    static void offer(JsonGenerator out, Offer r) throws IOException {
        out.writeStartObject();
        offerKey(out, "offerKey", r.offerKey());
        string(out, "name", r.name());
        string(out, "sku", r.sku());
        string(out, "barcode", r.barcode());
        object(out, "unit", r.unit(), RecordWriter::unitRef);
        list(out, "characteristics", r.characteristics(), RecordWriter::characteristic);
        list(out, "propertyValues", r.propertyValues(), RecordWriter::propertyValue);
        string(out, "version", r.version());
        bool(out, "deleted", r.deleted());
        out.writeEndObject();
    }

    static void price(JsonGenerator out, Price r) throws IOException {
        out.writeStartObject();
        offerKey(out, "offer", r.offer());
        string(out, "priceTypeId", r.priceTypeId());
        number(out, "amount", r.amount());
        string(out, "currency", r.currency());
        string(out, "unit", r.unit());
        number(out, "coefficient", r.coefficient());
        out.writeEndObject();
    }

    static void stock(JsonGenerator out, Stock r) throws IOException {
        out.writeStartObject();
        offerKey(out, "offer", r.offer());
        string(out, "warehouseId", r.warehouseId());
        number(out, "quantity", r.quantity());
        out.writeEndObject();
    }

    static void counterparty(JsonGenerator out, Counterparty r) throws IOException {
        out.writeStartObject();
        string(out, "id", r.id());
        string(out, "name", r.name());
        string(out, "fullName", r.fullName());
        string(out, "officialName", r.officialName());
        string(out, "role", r.role());
        string(out, "inn", r.inn());
        string(out, "kpp", r.kpp());
        string(out, "okpo", r.okpo());
        list(out, "addresses", r.addresses(), RecordWriter::address);
        list(out, "contacts", r.contacts(), RecordWriter::contact);
        list(out, "bankAccounts", r.bankAccounts(), RecordWriter::bankAccount);
        list(out, "representatives", r.representatives(), RecordWriter::representative);
        string(out, "version", r.version());
        bool(out, "deleted", r.deleted());
        out.writeEndObject();
    }

    static void order(JsonGenerator out, Order r) throws IOException {
        out.writeStartObject();
        string(out, "id", r.id());
        string(out, "number", r.number());
        string(out, "date", r.date() == null ? null : r.date().toString());
        string(out, "operation", r.operation());
        string(out, "role", r.role());
        string(out, "currency", r.currency());
        number(out, "rate", r.rate());
        number(out, "total", r.total());
        list(out, "counterparties", r.counterparties(), RecordWriter::counterparty);
        list(out, "lines", r.lines(), RecordWriter::orderLine);
        list(out, "requisites", r.requisites(), RecordWriter::requisite);
        bool(out, "deleted", r.deleted());
        string(out, "comment", r.comment());
        out.writeEndObject();
    }

    // ---- parts ------------------------------------------------------------------------------------------

    private static void offerKey(JsonGenerator out, String name, OfferKey key) throws IOException {
        if (key != null) {
            out.writeFieldName(name);
            if (key.variantId() == null) {
                out.writeString(key.productId());
            } else {
                out.writeString(key.toString());
            }
        }
    }

    static void unitRef(JsonGenerator out, UnitRef v) throws IOException {
        out.writeStartObject();
        string(out, "code", v.code());
        string(out, "name", v.name());
        string(out, "fullName", v.fullName());
        string(out, "internationalAbbreviation", v.internationalAbbreviation());
        out.writeEndObject();
    }

    static void manufacturer(JsonGenerator out, Manufacturer v) throws IOException {
        out.writeStartObject();
        string(out, "id", v.id());
        string(out, "name", v.name());
        string(out, "officialName", v.officialName());
        out.writeEndObject();
    }

    static void propertyValue(JsonGenerator out, PropertyValue v) throws IOException {
        out.writeStartObject();
        string(out, "propertyId", v.propertyId());
        string(out, "value", v.value());
        out.writeEndObject();
    }

    static void characteristic(JsonGenerator out, Characteristic v) throws IOException {
        out.writeStartObject();
        string(out, "name", v.name());
        string(out, "value", v.value());
        out.writeEndObject();
    }

    static void requisite(JsonGenerator out, Requisite v) throws IOException {
        out.writeStartObject();
        string(out, "name", v.name());
        string(out, "value", v.value());
        out.writeEndObject();
    }

    static void image(JsonGenerator out, Image v) throws IOException {
        out.writeStartObject();
        string(out, "path", v.path());
        string(out, "caption", v.caption());
        out.writeEndObject();
    }

    static void taxRate(JsonGenerator out, TaxRate v) throws IOException {
        out.writeStartObject();
        string(out, "name", v.name());
        string(out, "rate", v.rate());
        out.writeEndObject();
    }

    static void dictionaryValue(JsonGenerator out, DictionaryValue v) throws IOException {
        out.writeStartObject();
        string(out, "id", v.id());
        string(out, "value", v.value());
        out.writeEndObject();
    }

    static void address(JsonGenerator out, Address v) throws IOException {
        out.writeStartObject();
        string(out, "kind", v.kind());
        string(out, "presentation", v.presentation());
        list(out, "fields", v.fields(), RecordWriter::addressField);
        out.writeEndObject();
    }

    private static void addressField(JsonGenerator out, AddressField v) throws IOException {
        out.writeStartObject();
        string(out, "type", v.type());
        string(out, "value", v.value());
        out.writeEndObject();
    }

    static void contact(JsonGenerator out, Contact v) throws IOException {
        out.writeStartObject();
        string(out, "type", v.type());
        string(out, "value", v.value());
        out.writeEndObject();
    }

    static void bankAccount(JsonGenerator out, BankAccount v) throws IOException {
        out.writeStartObject();
        string(out, "number", v.number());
        string(out, "bankName", v.bankName());
        string(out, "bic", v.bic());
        string(out, "correspondentAccount", v.correspondentAccount());
        string(out, "bankAddress", v.bankAddress());
        out.writeEndObject();
    }

    static void representative(JsonGenerator out, Representative v) throws IOException {
        out.writeStartObject();
        string(out, "id", v.id());
        string(out, "name", v.name());
        string(out, "relation", v.relation());
        out.writeEndObject();
    }

    private static void orderLine(JsonGenerator out, OrderLine v) throws IOException {
        out.writeStartObject();
        string(out, "productId", v.productId());
        string(out, "name", v.name());
        object(out, "unit", v.unit(), RecordWriter::unitRef);
        number(out, "price", v.price());
        number(out, "quantity", v.quantity());
        number(out, "sum", v.sum());
        list(out, "requisites", v.requisites(), RecordWriter::requisite);
        number(out, "coefficient", v.coefficient());
        // Added after version 1: left out when empty, so that the lines written before keep their text.
        if (!v.discounts().isEmpty()) {
            list(out, "discounts", v.discounts(), RecordWriter::discount);
        }
        out.writeEndObject();
    }

    private static void discount(JsonGenerator out, Discount v) throws IOException {
        out.writeStartObject();
        string(out, "name", v.name());
        number(out, "sum", v.sum());
        number(out, "percent", v.percent());
        bool(out, "includedInSum", v.includedInSum());
        out.writeEndObject();
    }
}
