package org.onecsync.codec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
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
 * The content hash: the record's fields, in declaration order, streamed as 64-bit words through XXH64's
 * round and merge steps, then XXH64's avalanche. The state is a plain {@code long} passed along, so hashing
 * allocates nothing (except for decimals with trailing zeros or of more than 63 bits).
 *
 * <p>Every value is self-delimiting, so that no two different records feed the same words:
 * <ul>
 *   <li>a string: its length, then its UTF-16 chars four to a word (the last word zero-padded);</li>
 *   <li>{@code null} (string, object, decimal, flag, date): {@link #NULL}, a word no length, size, scale or
 *       flag can be;</li>
 *   <li>a nested object: {@link #PRESENT}, then its fields;</li>
 *   <li>a list: its size, then its elements;</li>
 *   <li>a flag: 0 or 1;</li>
 *   <li>a decimal: by numeric value, so {@code 10.5} and {@code 10.50} hash alike: after
 *       {@link BigDecimal#stripTrailingZeros()}, its scale, then 0 and the unscaled value when it fits in a
 *       {@code long}, else 1, the length and the bytes of its two's-complement form;</li>
 *   <li>a date and time: its epoch day and nano of day.</li>
 * </ul>
 * The state starts from the seed ({@link RecordCodec#VERSION}) and the entity's JSON name.
 */
final class ContentHash {

    private static final long P1 = 0x9E3779B185EBCA87L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;
    private static final long P4 = 0x85EBCA77C2B2AE63L;
    private static final long P5 = 0x27D4EB2F165667C5L;

    /** Stands for {@code null}: outside the {@code int} range of lengths, sizes, scales and flags. */
    static final long NULL = 0x8000_0000_0000_1CEDL;
    /** Precedes a nested object that is there. */
    static final long PRESENT = 0x7FFF_FFFF_0000_0B1EL;

    /** Tags of the order fields added after version 1 (see {@link #lineExtensions}). */
    private static final long EXT_COMMENT = 1;
    private static final long EXT_COEFFICIENT = 2;
    private static final long EXT_DISCOUNTS = 3;

    private ContentHash() {
    }

    static long hash(long seed, CatalogRecord record) {
        long h = string(seed * P1 + P5, record.type().jsonName());
        h = switch (record.type()) {
            case UNIT -> unit(h, (Unit) record);
            case WAREHOUSE -> warehouse(h, (Warehouse) record);
            case PRICE_TYPE -> priceType(h, (PriceType) record);
            case CATEGORY -> category(h, (Category) record);
            case PROPERTY -> property(h, (Property) record);
            case PRODUCT -> product(h, (Product) record);
            case OFFER -> offer(h, (Offer) record);
            case PRICE -> price(h, (Price) record);
            case STOCK -> stock(h, (Stock) record);
            case COUNTERPARTY -> counterparty(h, (Counterparty) record);
            case ORDER -> order(h, (Order) record);
        };
        return avalanche(h);
    }

    // ---- records ----------------------------------------------------------------------------------------

    private static long unit(long h, Unit r) {
        h = string(h, r.id());
        h = string(h, r.code());
        h = string(h, r.shortName());
        h = string(h, r.fullName());
        h = string(h, r.internationalAbbreviation());
        return flag(h, r.deleted());
    }

    private static long warehouse(long h, Warehouse r) {
        h = string(h, r.id());
        h = string(h, r.name());
        return flag(h, r.deleted());
    }

    private static long priceType(long h, PriceType r) {
        h = string(h, r.id());
        h = string(h, r.name());
        h = string(h, r.currency());
        h = string(h, r.taxName());
        h = mix(h, r.taxIncluded() == null ? NULL : r.taxIncluded() ? 1 : 0);
        return flag(h, r.deleted());
    }

    private static long category(long h, Category r) {
        h = string(h, r.id());
        h = string(h, r.parentId());
        h = string(h, r.name());
        return flag(h, r.deleted());
    }

    private static long property(long h, Property r) {
        h = string(h, r.id());
        h = string(h, r.name());
        h = string(h, r.valueType());
        List<DictionaryValue> values = r.values();
        h = mix(h, values.size());
        for (int i = 0, n = values.size(); i < n; i++) {
            DictionaryValue v = values.get(i);
            h = string(string(h, v.id()), v.value());
        }
        return flag(h, r.deleted());
    }

    private static long product(long h, Product r) {
        h = string(h, r.id());
        h = string(h, r.sku());
        h = string(h, r.name());
        h = string(h, r.description());
        List<String> categoryIds = r.categoryIds();
        h = mix(h, categoryIds.size());
        for (int i = 0, n = categoryIds.size(); i < n; i++) {
            h = string(h, categoryIds.get(i));
        }
        h = unitRef(h, r.unit());
        h = string(h, r.barcode());
        h = string(h, r.country());
        Manufacturer manufacturer = r.manufacturer();
        if (manufacturer == null) {
            h = mix(h, NULL);
        } else {
            h = mix(h, PRESENT);
            h = string(h, manufacturer.id());
            h = string(h, manufacturer.name());
            h = string(h, manufacturer.officialName());
        }
        h = propertyValues(h, r.propertyValues());
        h = characteristics(h, r.characteristics());
        h = requisites(h, r.requisites());
        List<Image> images = r.images();
        h = mix(h, images.size());
        for (int i = 0, n = images.size(); i < n; i++) {
            Image v = images.get(i);
            h = string(string(h, v.path()), v.caption());
        }
        List<TaxRate> taxRates = r.taxRates();
        h = mix(h, taxRates.size());
        for (int i = 0, n = taxRates.size(); i < n; i++) {
            TaxRate v = taxRates.get(i);
            h = string(string(h, v.name()), v.rate());
        }
        h = string(h, r.version());
        return flag(h, r.deleted());
    }

    private static long offer(long h, Offer r) {
        h = offerKey(h, r.offerKey());
        h = string(h, r.name());
        h = string(h, r.sku());
        h = string(h, r.barcode());
        h = unitRef(h, r.unit());
        h = characteristics(h, r.characteristics());
        h = propertyValues(h, r.propertyValues());
        h = string(h, r.version());
        return flag(h, r.deleted());
    }

    private static long price(long h, Price r) {
        h = offerKey(h, r.offer());
        h = string(h, r.priceTypeId());
        h = decimal(h, r.amount());
        h = string(h, r.currency());
        h = string(h, r.unit());
        return decimal(h, r.coefficient());
    }

    private static long stock(long h, Stock r) {
        h = offerKey(h, r.offer());
        h = string(h, r.warehouseId());
        return decimal(h, r.quantity());
    }

    private static long counterparty(long h, Counterparty r) {
        h = string(h, r.id());
        h = string(h, r.name());
        h = string(h, r.fullName());
        h = string(h, r.officialName());
        h = string(h, r.role());
        h = string(h, r.inn());
        h = string(h, r.kpp());
        h = string(h, r.okpo());
        List<Address> addresses = r.addresses();
        h = mix(h, addresses.size());
        for (int i = 0, n = addresses.size(); i < n; i++) {
            Address a = addresses.get(i);
            h = string(h, a.kind());
            h = string(h, a.presentation());
            List<AddressField> fields = a.fields();
            h = mix(h, fields.size());
            for (int j = 0, m = fields.size(); j < m; j++) {
                AddressField f = fields.get(j);
                h = string(string(h, f.type()), f.value());
            }
        }
        List<Contact> contacts = r.contacts();
        h = mix(h, contacts.size());
        for (int i = 0, n = contacts.size(); i < n; i++) {
            Contact c = contacts.get(i);
            h = string(string(h, c.type()), c.value());
        }
        List<BankAccount> accounts = r.bankAccounts();
        h = mix(h, accounts.size());
        for (int i = 0, n = accounts.size(); i < n; i++) {
            BankAccount b = accounts.get(i);
            h = string(h, b.number());
            h = string(h, b.bankName());
            h = string(h, b.bic());
            h = string(h, b.correspondentAccount());
            h = string(h, b.bankAddress());
        }
        List<Representative> representatives = r.representatives();
        h = mix(h, representatives.size());
        for (int i = 0, n = representatives.size(); i < n; i++) {
            Representative p = representatives.get(i);
            h = string(h, p.id());
            h = string(h, p.name());
            h = string(h, p.relation());
        }
        h = string(h, r.version());
        return flag(h, r.deleted());
    }

    private static long order(long h, Order r) {
        h = string(h, r.id());
        h = string(h, r.number());
        LocalDateTime date = r.date();
        h = date == null ? mix(h, NULL) : mix(mix(h, date.toLocalDate().toEpochDay()), date.toLocalTime().toNanoOfDay());
        h = string(h, r.operation());
        h = string(h, r.role());
        h = string(h, r.currency());
        h = decimal(h, r.rate());
        h = decimal(h, r.total());
        List<Counterparty> counterparties = r.counterparties();
        h = mix(h, counterparties.size());
        for (int i = 0, n = counterparties.size(); i < n; i++) {
            h = counterparty(h, counterparties.get(i));
        }
        List<OrderLine> lines = r.lines();
        h = mix(h, lines.size());
        for (int i = 0, n = lines.size(); i < n; i++) {
            OrderLine line = lines.get(i);
            h = string(h, line.productId());
            h = string(h, line.name());
            h = unitRef(h, line.unit());
            h = decimal(h, line.price());
            h = decimal(h, line.quantity());
            h = decimal(h, line.sum());
            h = requisites(h, line.requisites());
            h = lineExtensions(h, line);
        }
        h = requisites(h, r.requisites());
        h = flag(h, r.deleted());
        return r.comment() == null ? h : string(mix(mix(h, PRESENT), EXT_COMMENT), r.comment());
    }

    /**
     * The order fields added after version 1 feed nothing when absent, so that the hashes stored for orders
     * without them stay valid; when present each is {@link #PRESENT} and its tag, then its value (no other
     * value can start with {@code PRESENT} where they stand).
     */
    private static long lineExtensions(long h, OrderLine line) {
        if (line.coefficient() != null) {
            h = decimal(mix(mix(h, PRESENT), EXT_COEFFICIENT), line.coefficient());
        }
        List<Discount> discounts = line.discounts();
        if (!discounts.isEmpty()) {
            h = mix(mix(mix(h, PRESENT), EXT_DISCOUNTS), discounts.size());
            for (int i = 0, n = discounts.size(); i < n; i++) {
                Discount d = discounts.get(i);
                h = flag(decimal(decimal(string(h, d.name()), d.sum()), d.percent()), d.includedInSum());
            }
        }
        return h;
    }

    // ---- parts ------------------------------------------------------------------------------------------

    private static long offerKey(long h, OfferKey key) {
        if (key == null) {
            return mix(h, NULL);
        }
        return string(string(mix(h, PRESENT), key.productId()), key.variantId());
    }

    private static long unitRef(long h, UnitRef unit) {
        if (unit == null) {
            return mix(h, NULL);
        }
        h = mix(h, PRESENT);
        h = string(h, unit.code());
        h = string(h, unit.name());
        h = string(h, unit.fullName());
        return string(h, unit.internationalAbbreviation());
    }

    private static long propertyValues(long h, List<PropertyValue> values) {
        h = mix(h, values.size());
        for (int i = 0, n = values.size(); i < n; i++) {
            PropertyValue v = values.get(i);
            h = string(string(h, v.propertyId()), v.value());
        }
        return h;
    }

    private static long characteristics(long h, List<Characteristic> values) {
        h = mix(h, values.size());
        for (int i = 0, n = values.size(); i < n; i++) {
            Characteristic v = values.get(i);
            h = string(string(h, v.name()), v.value());
        }
        return h;
    }

    private static long requisites(long h, List<Requisite> values) {
        h = mix(h, values.size());
        for (int i = 0, n = values.size(); i < n; i++) {
            Requisite v = values.get(i);
            h = string(string(h, v.name()), v.value());
        }
        return h;
    }

    // ---- values -----------------------------------------------------------------------------------------

    static long string(long h, String s) {
        if (s == null) {
            return mix(h, NULL);
        }
        int n = s.length();
        h = mix(h, n);
        int i = 0;
        for (int end = n - 3; i < end; i += 4) {
            h = mix(h, s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
                    | (long) s.charAt(i + 3) << 48);
        }
        if (i < n) {
            long word = 0;
            for (int shift = 0; i < n; i++, shift += 16) {
                word |= (long) s.charAt(i) << shift;
            }
            h = mix(h, word);
        }
        return h;
    }

    static long flag(long h, boolean value) {
        return mix(h, value ? 1 : 0);
    }

    static long decimal(long h, BigDecimal value) {
        if (value == null) {
            return mix(h, NULL);
        }
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        h = mix(h, stripped.scale());
        BigInteger unscaled = stripped.unscaledValue();
        if (unscaled.bitLength() < 64) {
            return mix(mix(h, 0), unscaled.longValue());
        }
        byte[] bytes = unscaled.toByteArray();
        h = mix(mix(h, 1), bytes.length);
        long word = 0;
        for (int i = 0; i < bytes.length; i++) {
            word = word << 8 | (bytes[i] & 0xFF);
            if ((i & 7) == 7) {
                h = mix(h, word);
                word = 0;
            }
        }
        return (bytes.length & 7) == 0 ? h : mix(h, word);
    }

    /** XXH64's round of one 8-byte lane merged into the state. Bijective in both the state and the input. */
    static long mix(long h, long input) {
        long k = Long.rotateLeft(input * P2, 31) * P1;
        return Long.rotateLeft(h ^ k, 27) * P1 + P4;
    }

    /** XXH64's final avalanche. */
    static long avalanche(long h) {
        h ^= h >>> 33;
        h *= P2;
        h ^= h >>> 29;
        h *= P3;
        h ^= h >>> 32;
        return h;
    }
}
