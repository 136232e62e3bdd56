package org.onecsync.jdbi.internal;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.onecsync.codec.RecordParts;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.Category;
import org.onecsync.model.Counterparty;
import org.onecsync.model.EntityType;
import org.onecsync.model.Offer;
import org.onecsync.model.OfferKey;
import org.onecsync.model.Price;
import org.onecsync.model.PriceType;
import org.onecsync.model.Product;
import org.onecsync.model.Property;
import org.onecsync.model.Stock;
import org.onecsync.model.Unit;
import org.onecsync.model.UnitRef;
import org.onecsync.model.Warehouse;

/**
 * The columns an import writes, per entity, in the order of the V2 tables: the key columns, the record's
 * columns, then the row's state ({@code active}, {@code content_hash} where the table has one,
 * {@code session_id}, {@code updated_at}). A record is written into a {@link Sink} in exactly that order, so
 * one mapping serves COPY, prepared statements and arrays alike. Absent parts of keys are written as
 * {@code ''} (an offer's variant, a stock total's warehouse); JSON columns hold what
 * {@link RecordParts} writes for that component.
 */
final class Columns {

    /** How a column's values are written. */
    enum Kind {
        /** Text; ids and names. */
        TEXT,
        /** JSON text (jsonb on PostgreSQL, TEXT on SQLite). */
        JSON,
        /** An exact decimal (numeric on PostgreSQL, its plain text on SQLite). */
        DECIMAL,
        /** A boolean, possibly {@code null} (0/1 on SQLite). */
        BOOL,
        /** A 64-bit integer. */
        LONG,
        /** A point in time (timestamptz on PostgreSQL, ISO-8601 UTC text on SQLite). */
        TIME
    }

    /** One column. */
    record Column(String name, Kind kind) {
    }

    /** Receives one row's values, column by column in table order. */
    interface Sink {
        void text(String value) throws SQLException;

        void json(String value) throws SQLException;

        void decimal(BigDecimal value) throws SQLException;

        void bool(Boolean value) throws SQLException;

        void int64(long value) throws SQLException;

        void time(Instant value) throws SQLException;
    }

    /** Writes a record's key and record columns. */
    @FunctionalInterface
    private interface Writing {
        void write(CatalogRecord record, Sink sink) throws SQLException;
    }

    /** How one entity's table is written. */
    static final class Layout {
        private final EntityType type;
        private final String table;
        private final List<Column> keys;
        private final List<Column> columns;
        private final boolean hashed;
        private final Writing writing;

        private Layout(EntityType type, String table, List<Column> keys, List<Column> values, boolean hashed,
                       Writing writing) {
            this.type = type;
            this.table = table;
            this.keys = List.copyOf(keys);
            List<Column> all = new ArrayList<>(keys);
            all.addAll(values);
            all.add(new Column("active", Kind.BOOL));
            if (hashed) {
                all.add(new Column("content_hash", Kind.LONG));
            }
            all.add(new Column("session_id", Kind.LONG));
            all.add(new Column("updated_at", Kind.TIME));
            this.columns = Collections.unmodifiableList(all);
            this.hashed = hashed;
            this.writing = writing;
        }

        EntityType type() {
            return type;
        }

        String table() {
            return table;
        }

        /** The key columns. */
        List<Column> keys() {
            return keys;
        }

        /** Every column, in the order {@link #write} writes them. */
        List<Column> columns() {
            return columns;
        }

        /** Whether the table has a {@code content_hash} column. */
        boolean hashed() {
            return hashed;
        }

        /** The comma-separated names of {@link #columns()}. */
        String columnList() {
            return String.join(", ", columns.stream().map(Column::name).toList());
        }

        /**
         * Writes one row.
         *
         * @param record the record (its type must be this layout's)
         * @param active the row's own active flag
         * @param hash the content hash, ignored when the table has none
         * @param session the session that writes it
         * @param time when
         * @param sink where the values go
         */
        void write(CatalogRecord record, boolean active, long hash, long session, Instant time, Sink sink)
                throws SQLException {
            if (record.type() != type) {
                throw new IllegalArgumentException("a " + record.type().jsonName() + " record in a batch of "
                        + type.jsonName());
            }
            writing.write(record, sink);
            sink.bool(active);
            if (hashed) {
                sink.int64(hash);
            }
            sink.int64(session);
            sink.time(time);
        }
    }

    private static final Map<EntityType, Layout> LAYOUTS = new EnumMap<>(EntityType.class);

    static {
        List<Column> id = List.of(text("id"));
        List<Column> offer = List.of(text("product_id"), text("variant_id"));
        add(EntityType.UNIT, "onecsync_unit", id, List.of(text("code"), text("short_name"), text("full_name"),
                text("international_abbreviation"), bool("deleted")), true, (record, s) -> {
                    Unit r = (Unit) record;
                    s.text(r.id());
                    s.text(r.code());
                    s.text(r.shortName());
                    s.text(r.fullName());
                    s.text(r.internationalAbbreviation());
                    s.bool(r.deleted());
                });
        add(EntityType.WAREHOUSE, "onecsync_warehouse", id, List.of(text("name"), bool("deleted")), true,
                (record, s) -> {
                    Warehouse r = (Warehouse) record;
                    s.text(r.id());
                    s.text(r.name());
                    s.bool(r.deleted());
                });
        add(EntityType.PRICE_TYPE, "onecsync_price_type", id, List.of(text("name"), text("currency"),
                text("tax_name"), bool("tax_included"), bool("deleted")), true, (record, s) -> {
                    PriceType r = (PriceType) record;
                    s.text(r.id());
                    s.text(r.name());
                    s.text(r.currency());
                    s.text(r.taxName());
                    s.bool(r.taxIncluded());
                    s.bool(r.deleted());
                });
        add(EntityType.CATEGORY, "onecsync_category", id, List.of(text("parent_id"), text("name"),
                bool("deleted")), true, (record, s) -> {
                    Category r = (Category) record;
                    s.text(r.id());
                    s.text(r.parentId());
                    s.text(r.name());
                    s.bool(r.deleted());
                });
        add(EntityType.PROPERTY, "onecsync_property", id, List.of(text("name"), text("value_type"),
                json("dictionary"), bool("deleted")), true, (record, s) -> {
                    Property r = (Property) record;
                    s.text(r.id());
                    s.text(r.name());
                    s.text(r.valueType());
                    s.json(RecordParts.writeDictionary(r.values()));
                    s.bool(r.deleted());
                });
        add(EntityType.PRODUCT, "onecsync_product", id, List.of(text("sku"), text("name"), text("description"),
                text("category_id"), json("category_ids"), text("unit_code"), text("unit_name"),
                text("unit_full_name"), text("unit_international"), text("barcode"), text("country"),
                json("manufacturer"), json("property_values"), json("characteristics"), json("requisites"),
                json("images"), json("tax_rates"), text("version"), bool("deleted")), true, (record, s) -> {
                    Product r = (Product) record;
                    s.text(r.id());
                    s.text(r.sku());
                    s.text(r.name());
                    s.text(r.description());
                    s.text(r.categoryIds().isEmpty() ? null : r.categoryIds().get(0));
                    s.json(RecordParts.writeCategoryIds(r.categoryIds()));
                    unit(r.unit(), s);
                    s.text(r.barcode());
                    s.text(r.country());
                    s.json(RecordParts.writeManufacturer(r.manufacturer()));
                    s.json(RecordParts.writePropertyValues(r.propertyValues()));
                    s.json(RecordParts.writeCharacteristics(r.characteristics()));
                    s.json(RecordParts.writeRequisites(r.requisites()));
                    s.json(RecordParts.writeImages(r.images()));
                    s.json(RecordParts.writeTaxRates(r.taxRates()));
                    s.text(r.version());
                    s.bool(r.deleted());
                });
        add(EntityType.OFFER, "onecsync_offer", offer, List.of(text("name"), text("sku"), text("barcode"),
                text("unit_code"), text("unit_name"), text("unit_full_name"), text("unit_international"),
                json("characteristics"), json("property_values"), text("version"), bool("deleted")), true,
                (record, s) -> {
                    Offer r = (Offer) record;
                    offerKey(r.offerKey(), s);
                    s.text(r.name());
                    s.text(r.sku());
                    s.text(r.barcode());
                    unit(r.unit(), s);
                    s.json(RecordParts.writeCharacteristics(r.characteristics()));
                    s.json(RecordParts.writePropertyValues(r.propertyValues()));
                    s.text(r.version());
                    s.bool(r.deleted());
                });
        add(EntityType.PRICE, "onecsync_price", List.of(text("product_id"), text("variant_id"),
                text("price_type_id")), List.of(decimal("amount"), text("currency"), text("unit"),
                decimal("coefficient")), false, (record, s) -> {
                    Price r = (Price) record;
                    offerKey(r.offer(), s);
                    s.text(r.priceTypeId());
                    s.decimal(r.amount());
                    s.text(r.currency());
                    s.text(r.unit());
                    s.decimal(r.coefficient());
                });
        add(EntityType.STOCK, "onecsync_stock", List.of(text("product_id"), text("variant_id"),
                text("warehouse_id")), List.of(decimal("quantity")), false, (record, s) -> {
                    Stock r = (Stock) record;
                    offerKey(r.offer(), s);
                    s.text(r.warehouseId() == null ? "" : r.warehouseId());
                    s.decimal(r.quantity());
                });
        add(EntityType.COUNTERPARTY, "onecsync_counterparty", id, List.of(text("name"), text("full_name"),
                text("official_name"), text("role"), text("inn"), text("kpp"), text("okpo"), json("addresses"),
                json("contacts"), json("bank_accounts"), json("representatives"), text("version"),
                bool("deleted")), true, (record, s) -> {
                    Counterparty r = (Counterparty) record;
                    s.text(r.id());
                    s.text(r.name());
                    s.text(r.fullName());
                    s.text(r.officialName());
                    s.text(r.role());
                    s.text(r.inn());
                    s.text(r.kpp());
                    s.text(r.okpo());
                    s.json(RecordParts.writeAddresses(r.addresses()));
                    s.json(RecordParts.writeContacts(r.contacts()));
                    s.json(RecordParts.writeBankAccounts(r.bankAccounts()));
                    s.json(RecordParts.writeRepresentatives(r.representatives()));
                    s.text(r.version());
                    s.bool(r.deleted());
                });
    }

    private Columns() {
    }

    /**
     * @param type a stored entity
     * @return how its table is written
     * @throws IllegalArgumentException for an entity the store does not keep (orders)
     */
    static Layout of(EntityType type) {
        Layout layout = LAYOUTS.get(type);
        if (layout == null) {
            throw new IllegalArgumentException(type.jsonName() + " are not stored");
        }
        return layout;
    }

    private static void add(EntityType type, String table, List<Column> keys, List<Column> values, boolean hashed,
                            Writing writing) {
        LAYOUTS.put(type, new Layout(type, table, keys, values, hashed, writing));
    }

    /** An offer key's two columns: {@code product_id}, and {@code variant_id} ({@code ''} for none). */
    static void offerKey(OfferKey key, Sink s) throws SQLException {
        s.text(key.productId());
        s.text(key.variantId() == null ? "" : key.variantId());
    }

    private static void unit(UnitRef unit, Sink s) throws SQLException {
        s.text(unit == null ? null : unit.code());
        s.text(unit == null ? null : unit.name());
        s.text(unit == null ? null : unit.fullName());
        s.text(unit == null ? null : unit.internationalAbbreviation());
    }

    private static Column text(String name) {
        return new Column(name, Kind.TEXT);
    }

    private static Column json(String name) {
        return new Column(name, Kind.JSON);
    }

    private static Column decimal(String name) {
        return new Column(name, Kind.DECIMAL);
    }

    private static Column bool(String name) {
        return new Column(name, Kind.BOOL);
    }
}
