package org.onecsync.jdbi;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecsync.codec.RecordCodec;
import org.onecsync.codec.RecordParts;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.Category;
import org.onecsync.model.Counterparty;
import org.onecsync.model.EntityId;
import org.onecsync.model.EntityType;
import org.onecsync.model.Offer;
import org.onecsync.model.OfferKey;
import org.onecsync.model.Price;
import org.onecsync.model.PriceKey;
import org.onecsync.model.PriceType;
import org.onecsync.model.Product;
import org.onecsync.model.Property;
import org.onecsync.model.RecordKey;
import org.onecsync.model.Stock;
import org.onecsync.model.StockKey;
import org.onecsync.model.Unit;
import org.onecsync.model.UnitRef;
import org.onecsync.model.Warehouse;
import org.onecsync.store.ChangeKind;

/**
 * Writes rows straight into the typed tables with plain JDBC, column by column as the table comments describe
 * them, so that the reading side is tested on its own: ids as they are, {@code ''} for no variant or
 * warehouse, JSON parts as {@link RecordParts} writes them, amounts as {@code numeric} (PostgreSQL) or exact
 * decimal text (SQLite), times as {@code timestamptz} or UTC ISO-8601 text with microseconds. Everything is
 * written in one transaction, committed by {@link #commit()} or {@link #close()}.
 */
final class TypedRows implements AutoCloseable {

    private static final DateTimeFormatter SQLITE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final Connection connection;
    private final boolean postgres;

    TypedRows(String url) throws SQLException {
        this.connection = DriverManager.getConnection(url);
        this.connection.setAutoCommit(false);
        this.postgres = url.startsWith("jdbc:postgresql:");
    }

    /** A JSON column's value. */
    private record Json(String text) {
    }

    /** A time column's value. */
    private record Time(Instant instant) {
    }

    /** Inserts a record's row. */
    void put(CatalogRecord record, boolean active, long session, Instant at) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        String table;
        if (record instanceof Unit r) {
            table = "onecsync_unit";
            row.put("id", r.id());
            row.put("code", r.code());
            row.put("short_name", r.shortName());
            row.put("full_name", r.fullName());
            row.put("international_abbreviation", r.internationalAbbreviation());
            row.put("deleted", r.deleted());
        } else if (record instanceof Warehouse r) {
            table = "onecsync_warehouse";
            row.put("id", r.id());
            row.put("name", r.name());
            row.put("deleted", r.deleted());
        } else if (record instanceof PriceType r) {
            table = "onecsync_price_type";
            row.put("id", r.id());
            row.put("name", r.name());
            row.put("currency", r.currency());
            row.put("tax_name", r.taxName());
            row.put("tax_included", r.taxIncluded() == null ? new Null(Types.BOOLEAN) : r.taxIncluded());
            row.put("deleted", r.deleted());
        } else if (record instanceof Category r) {
            table = "onecsync_category";
            row.put("id", r.id());
            row.put("parent_id", r.parentId());
            row.put("name", r.name());
            row.put("deleted", r.deleted());
        } else if (record instanceof Property r) {
            table = "onecsync_property";
            row.put("id", r.id());
            row.put("name", r.name());
            row.put("value_type", r.valueType());
            row.put("dictionary", new Json(RecordParts.writeDictionary(r.values())));
            row.put("deleted", r.deleted());
        } else if (record instanceof Product r) {
            table = "onecsync_product";
            row.put("id", r.id());
            row.put("sku", r.sku());
            row.put("name", r.name());
            row.put("description", r.description());
            row.put("category_id", r.categoryIds().isEmpty() ? null : r.categoryIds().get(0));
            row.put("category_ids", new Json(RecordParts.writeCategoryIds(r.categoryIds())));
            unit(row, r.unit());
            row.put("barcode", r.barcode());
            row.put("country", r.country());
            row.put("manufacturer", new Json(RecordParts.writeManufacturer(r.manufacturer())));
            row.put("property_values", new Json(RecordParts.writePropertyValues(r.propertyValues())));
            row.put("characteristics", new Json(RecordParts.writeCharacteristics(r.characteristics())));
            row.put("requisites", new Json(RecordParts.writeRequisites(r.requisites())));
            row.put("images", new Json(RecordParts.writeImages(r.images())));
            row.put("tax_rates", new Json(RecordParts.writeTaxRates(r.taxRates())));
            row.put("version", r.version());
            row.put("deleted", r.deleted());
        } else if (record instanceof Offer r) {
            table = "onecsync_offer";
            offer(row, r.offerKey());
            row.put("name", r.name());
            row.put("sku", r.sku());
            row.put("barcode", r.barcode());
            unit(row, r.unit());
            row.put("characteristics", new Json(RecordParts.writeCharacteristics(r.characteristics())));
            row.put("property_values", new Json(RecordParts.writePropertyValues(r.propertyValues())));
            row.put("version", r.version());
            row.put("deleted", r.deleted());
        } else if (record instanceof Price r) {
            table = "onecsync_price";
            offer(row, r.offer());
            row.put("price_type_id", r.priceTypeId());
            row.put("amount", r.amount());
            row.put("currency", r.currency());
            row.put("unit", r.unit());
            row.put("coefficient", r.coefficient() == null ? new Null(postgres ? Types.NUMERIC : Types.VARCHAR)
                    : r.coefficient());
        } else if (record instanceof Stock r) {
            table = "onecsync_stock";
            offer(row, r.offer());
            row.put("warehouse_id", r.warehouseId() == null ? "" : r.warehouseId());
            row.put("quantity", r.quantity());
        } else if (record instanceof Counterparty r) {
            table = "onecsync_counterparty";
            row.put("id", r.id());
            row.put("name", r.name());
            row.put("full_name", r.fullName());
            row.put("official_name", r.officialName());
            row.put("role", r.role());
            row.put("inn", r.inn());
            row.put("kpp", r.kpp());
            row.put("okpo", r.okpo());
            row.put("addresses", new Json(RecordParts.writeAddresses(r.addresses())));
            row.put("contacts", new Json(RecordParts.writeContacts(r.contacts())));
            row.put("bank_accounts", new Json(RecordParts.writeBankAccounts(r.bankAccounts())));
            row.put("representatives", new Json(RecordParts.writeRepresentatives(r.representatives())));
            row.put("version", r.version());
            row.put("deleted", r.deleted());
        } else {
            throw new IllegalArgumentException("not stored: " + record);
        }

        row.put("active", active);
        if (!(record instanceof Price) && !(record instanceof Stock)) {
            row.put("content_hash", RecordCodec.hash(record));
        }
        row.put("session_id", session);
        row.put("updated_at", new Time(at));
        insert(table, row);
    }

    /** Inserts a change feed entry. */
    void change(long seq, long session, EntityType entity, RecordKey key, ChangeKind kind, CatalogRecord previous,
                Instant at) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("seq", seq);
        row.put("session_id", session);
        row.put("entity", entity.jsonName());
        if (key instanceof EntityId id) {
            row.put("record_id", id.value());
            row.put("variant_id", null);
            row.put("price_type_id", null);
            row.put("warehouse_id", null);
        } else if (key instanceof OfferKey offer) {
            offerColumns(row, offer);
            row.put("price_type_id", null);
            row.put("warehouse_id", null);
        } else if (key instanceof PriceKey price) {
            offerColumns(row, price.offer());
            row.put("price_type_id", price.priceTypeId());
            row.put("warehouse_id", null);
        } else if (key instanceof StockKey stock) {
            offerColumns(row, stock.offer());
            row.put("price_type_id", null);
            row.put("warehouse_id", stock.warehouseId() == null ? "" : stock.warehouseId());
        }
        row.put("kind", kind.name().toLowerCase(java.util.Locale.ROOT));
        row.put("previous", new Json(previous == null ? null : RecordCodec.json(previous)));
        row.put("changed_at", new Time(at));
        insert("onecsync_change", row);
    }

    /** Inserts a price history row (its id follows the rows inserted before). */
    void priceHistory(PriceKey key, String oldAmount, String newAmount, long session, Instant at)
            throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("product_id", key.offer().productId());
        row.put("variant_id", key.offer().variantId() == null ? "" : key.offer().variantId());
        row.put("price_type_id", key.priceTypeId());
        row.put("old_amount", new BigDecimal(oldAmount));
        row.put("new_amount", new BigDecimal(newAmount));
        row.put("session_id", session);
        row.put("changed_at", new Time(at));
        insert("onecsync_price_history", row);
    }

    /** Runs a statement. */
    void execute(String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void offerColumns(Map<String, Object> row, OfferKey offer) {
        row.put("record_id", offer.productId());
        row.put("variant_id", offer.variantId() == null ? "" : offer.variantId());
    }

    private static void offer(Map<String, Object> row, OfferKey offer) {
        row.put("product_id", offer.productId());
        row.put("variant_id", offer.variantId() == null ? "" : offer.variantId());
    }

    private static void unit(Map<String, Object> row, UnitRef unit) {
        row.put("unit_code", unit == null ? null : unit.code());
        row.put("unit_name", unit == null ? null : unit.name());
        row.put("unit_full_name", unit == null ? null : unit.fullName());
        row.put("unit_international", unit == null ? null : unit.internationalAbbreviation());
    }

    /** A typed SQL NULL. */
    private record Null(int type) {
    }

    private void insert(String table, Map<String, Object> row) throws SQLException {
        List<String> marks = new ArrayList<>();
        for (Object value : row.values()) {
            marks.add(value instanceof Json && postgres ? "CAST(? AS jsonb)" : "?");
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", row.keySet()) + ") VALUES ("
                + String.join(", ", marks) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            for (Object value : row.values()) {
                bind(statement, i++, value);
            }
            statement.executeUpdate();
        }
    }

    private void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else if (value instanceof Null typed) {
            statement.setNull(index, typed.type());
        } else if (value instanceof Json json) {
            if (json.text() == null) {
                statement.setNull(index, Types.VARCHAR);
            } else {
                statement.setString(index, json.text());
            }
        } else if (value instanceof Time time) {
            Instant instant = time.instant().truncatedTo(ChronoUnit.MICROS);
            if (postgres) {
                statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else {
                statement.setString(index, SQLITE_TIME.format(instant));
            }
        } else if (value instanceof BigDecimal number) {
            if (postgres) {
                statement.setBigDecimal(index, number);
            } else {
                statement.setString(index, number.toPlainString());
            }
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(index, flag);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof String text) {
            statement.setString(index, text);
        } else {
            throw new IllegalArgumentException("cannot bind " + value.getClass());
        }
    }

    /** Commits what was written so far. */
    void commit() throws SQLException {
        connection.commit();
    }

    /** Commits and closes. */
    @Override
    public void close() throws SQLException {
        try {
            connection.commit();
        } finally {
            connection.close();
        }
    }
}
