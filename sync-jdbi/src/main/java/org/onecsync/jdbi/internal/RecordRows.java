package org.onecsync.jdbi.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

/**
 * How each entity sits in its typed table: the table, its key columns, the columns a record is rebuilt from,
 * the key text in SQL, and the effective {@code active} flag of the views. Rebuilding is the inverse of the
 * writer's column mapping: an offer key's {@code variant_id} and a stock row's {@code warehouse_id} are
 * {@code ''} when absent and come back as {@code null}; the JSON columns hold exactly what the record codec
 * writes for that component.
 *
 * <p>SQL built here uses the table alias {@code x}; record columns keep their own names as result labels.
 */
final class RecordRows {

    /** The stored entities, sorted by {@link EntityType#jsonName()} compared as UTF-8 bytes (the dump's order). */
    static final List<EntityType> STORED;

    /** Compares text as its UTF-8 bytes would: by code point, which UTF-16's {@code compareTo} is not. */
    static final Comparator<String> BYTE_ORDER = RecordRows::compareBytes;

    private static final Map<EntityType, Shape> SHAPES = new EnumMap<>(EntityType.class);

    /** The offer key text {@code product#variant}, or {@code product}, of the row {@code x}. */
    private static final String OFFER_TEXT =
            "x.product_id || CASE WHEN x.variant_id = '' THEN '' ELSE '#' || x.variant_id END";

    /**
     * The parents of an offer key: the product with the offer's product id, or (2.x lists variants as
     * products) the product whose id is the offer's key text; and, for prices and stock, the offer row.
     */
    private static final String PRODUCT_JOINS = """
             LEFT JOIN onecsync_product pp ON pp.id = x.product_id\
             LEFT JOIN onecsync_product pv ON x.variant_id <> '' AND pv.id = x.product_id || '#' || x.variant_id\
            """;
    private static final String OFFER_JOIN =
            " LEFT JOIN onecsync_offer o ON o.product_id = x.product_id AND o.variant_id = x.variant_id";
    /** Every stored parent product is active (as in the views). */
    private static final String PRODUCT_ACTIVE = "COALESCE(pp.active, TRUE) AND COALESCE(pv.active, TRUE)";

    static {
        String[] id = {"id"};
        String[] offer = {"product_id", "variant_id"};
        shape(EntityType.UNIT, "onecsync_unit", id,
                "id, code, short_name, full_name, international_abbreviation, deleted");
        shape(EntityType.WAREHOUSE, "onecsync_warehouse", id, "id, name, deleted");
        shape(EntityType.PRICE_TYPE, "onecsync_price_type", id,
                "id, name, currency, tax_name, tax_included, deleted");
        shape(EntityType.CATEGORY, "onecsync_category", id, "id, parent_id, name, deleted");
        shape(EntityType.PROPERTY, "onecsync_property", id, "id, name, value_type, dictionary, deleted");
        shape(EntityType.PRODUCT, "onecsync_product", id, """
                id, sku, name, description, category_ids, unit_code, unit_name, unit_full_name, unit_international,\
                 barcode, country, manufacturer, property_values, characteristics, requisites, images, tax_rates,\
                 version, deleted""");
        SHAPES.put(EntityType.OFFER, new Shape("onecsync_offer", offer, columns("""
                product_id, variant_id, name, sku, barcode, unit_code, unit_name, unit_full_name, unit_international,\
                 characteristics, property_values, version, deleted"""), OFFER_TEXT, PRODUCT_JOINS,
                "x.active AND " + PRODUCT_ACTIVE));
        SHAPES.put(EntityType.PRICE, new Shape("onecsync_price",
                new String[] {"product_id", "variant_id", "price_type_id"},
                columns("product_id, variant_id, price_type_id, amount, currency, unit, coefficient"),
                OFFER_TEXT + " || '|' || x.price_type_id", OFFER_JOIN + PRODUCT_JOINS,
                "x.active AND COALESCE(o.active, TRUE) AND " + PRODUCT_ACTIVE));
        SHAPES.put(EntityType.STOCK, new Shape("onecsync_stock",
                new String[] {"product_id", "variant_id", "warehouse_id"},
                columns("product_id, variant_id, warehouse_id, quantity"),
                OFFER_TEXT + " || '|' || x.warehouse_id", OFFER_JOIN + PRODUCT_JOINS,
                "x.active AND COALESCE(o.active, TRUE) AND " + PRODUCT_ACTIVE));
        shape(EntityType.COUNTERPARTY, "onecsync_counterparty", id, """
                id, name, full_name, official_name, role, inn, kpp, okpo, addresses, contacts, bank_accounts,\
                 representatives, version, deleted""");

        List<EntityType> stored = new ArrayList<>(SHAPES.keySet());
        stored.sort(Comparator.comparing(EntityType::jsonName, BYTE_ORDER));
        STORED = List.copyOf(stored);
    }

    private RecordRows() {
    }

    /** How one entity is stored. */
    private record Shape(String table, String[] keyColumns, List<String> columns, String keyText, String joins,
                         String active) {
    }

    private static void shape(EntityType type, String table, String[] key, String columns) {
        SHAPES.put(type, new Shape(table, key, columns(columns), "x.id", "", "x.active"));
    }

    private static List<String> columns(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).toList();
    }

    private static Shape shape(EntityType type) {
        Shape shape = SHAPES.get(type);
        if (shape == null) {
            throw new IllegalArgumentException(type.jsonName() + " are not stored");
        }
        return shape;
    }

    /** Whether the store keeps this entity (orders it does not). */
    static boolean stored(EntityType type) {
        return SHAPES.containsKey(type);
    }

    /** The entity's table. */
    static String table(EntityType type) {
        return shape(type).table();
    }

    /** The key text ({@link RecordKey#text()}) of the row {@code x}, as an SQL expression. */
    static String keyText(EntityType type) {
        return shape(type).keyText();
    }

    /** The record columns of row {@code x}: {@code x.a, x.b, …}. */
    static String recordColumns(EntityType type) {
        return String.join(", ", shape(type).columns().stream().map(c -> "x." + c).toList());
    }

    /**
     * {@code SELECT} of everything {@link #synced} reads, from the entity's table as {@code x} with the joins
     * the effective active flag needs ({@code pp}, {@code pv}: products; {@code o}: the offer), but no
     * {@code WHERE}.
     */
    static String selectSynced(EntityType type) {
        return selectSynced(type, shape(type).table() + " x");
    }

    /**
     * {@link #selectSynced(EntityType)} with another {@code FROM}, which must name the entity's table {@code x}
     * (e.g. a join of {@link #keySource} to it).
     */
    static String selectSynced(EntityType type, String from) {
        Shape shape = shape(type);
        return "SELECT " + recordColumns(type) + ", " + shape.active() + " AS effective_active,"
                + " x.session_id, x.updated_at FROM " + from + shape.joins();
    }

    /**
     * The effective active flag of row {@code x} as the views ({@code onecsync_offer_v}, {@code _price_v},
     * {@code _stock_v}) define it: for offers, the row's and every stored parent product's (the product of its
     * product id, and the product whose id is its key text); for prices and stock also the offer row's (when
     * stored). Needs the joins of {@link #joins}.
     */
    static String effectiveActive(EntityType type) {
        return shape(type).active();
    }

    /** The joins {@link #effectiveActive} needs, each starting with a space; empty for other entities. */
    static String joins(EntityType type) {
        return shape(type).joins();
    }

    /** The values of a key's columns, {@code ''} for an absent variant or warehouse. */
    static String[] keyValues(EntityType type, RecordKey key) {
        switch (type) {
            case OFFER -> {
                if (key instanceof OfferKey offer) {
                    return new String[] {offer.productId(), orEmpty(offer.variantId())};
                }
            }
            case PRICE -> {
                if (key instanceof PriceKey price) {
                    return new String[] {price.offer().productId(), orEmpty(price.offer().variantId()),
                            price.priceTypeId()};
                }
            }
            case STOCK -> {
                if (key instanceof StockKey stock) {
                    return new String[] {stock.offer().productId(), orEmpty(stock.offer().variantId()),
                            orEmpty(stock.warehouseId())};
                }
            }
            default -> {
                shape(type);
                if (key instanceof EntityId id) {
                    return new String[] {id.value()};
                }
            }
        }
        throw new IllegalArgumentException("not a key of " + type.jsonName() + ": "
                + (key == null ? "null" : key.getClass().getSimpleName() + " " + key.text()));
    }

    /**
     * The keys as one JSON array of arrays of their column values ({@code [["p","v","t"],…]}), for
     * {@link #keySource}.
     */
    static String keysJson(EntityType type, Collection<? extends RecordKey> keys) {
        StringBuilder out = new StringBuilder(keys.size() * 48 + 2).append('[');
        boolean first = true;
        for (RecordKey key : keys) {
            if (!first) {
                out.append(',');
            }
            first = false;
            out.append('[');
            String[] values = keyValues(type, key);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                jsonString(out, values[i]);
            }
            out.append(']');
        }
        return out.append(']').toString();
    }

    /**
     * A derived table {@code k(k1, k2, k3)} of key column values from one bound parameter holding
     * {@link #keysJson} (or any JSON array of string arrays); columns past an array's length are NULL.
     */
    static String keySource(Dialect dialect) {
        if (dialect == Dialect.POSTGRESQL) {
            return "(SELECT e.v ->> 0 AS k1, e.v ->> 1 AS k2, e.v ->> 2 AS k3"
                    + " FROM json_array_elements(CAST(? AS json)) AS e(v)) k";
        }
        return "(SELECT json_extract(value, '$[0]') AS k1, json_extract(value, '$[1]') AS k2,"
                + " json_extract(value, '$[2]') AS k3 FROM json_each(?)) k";
    }

    /** The join condition of the entity's row {@code x} to a {@link #keySource} row {@code k}. */
    static String keyMatch(EntityType type) {
        String[] columns = shape(type).keyColumns();
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            terms.add("x." + columns[i] + " = k.k" + (i + 1));
        }
        return String.join(" AND ", terms);
    }

    /** {@code ORDER BY} of key text in UTF-8 byte order on the dialect. */
    static String byteOrder(Dialect dialect, String expression) {
        return dialect == Dialect.POSTGRESQL ? "(" + expression + ") COLLATE \"C\"" : expression;
    }

    /**
     * Rebuilds a record from the row's record columns (as labelled by {@link #recordColumns}).
     *
     * @param type the entity
     * @param rs a row positioned on the record
     */
    static CatalogRecord record(EntityType type, ResultSet rs) throws SQLException {
        return switch (type) {
            case UNIT -> new Unit(rs.getString("id"), rs.getString("code"), rs.getString("short_name"),
                    rs.getString("full_name"), rs.getString("international_abbreviation"),
                    rs.getBoolean("deleted"));
            case WAREHOUSE -> new Warehouse(rs.getString("id"), rs.getString("name"), rs.getBoolean("deleted"));
            case PRICE_TYPE -> new PriceType(rs.getString("id"), rs.getString("name"), rs.getString("currency"),
                    rs.getString("tax_name"), nullableBoolean(rs, "tax_included"), rs.getBoolean("deleted"));
            case CATEGORY -> new Category(rs.getString("id"), rs.getString("parent_id"), rs.getString("name"),
                    rs.getBoolean("deleted"));
            case PROPERTY -> new Property(rs.getString("id"), rs.getString("name"), rs.getString("value_type"),
                    RecordParts.readDictionary(rs.getString("dictionary")), rs.getBoolean("deleted"));
            case PRODUCT -> new Product(rs.getString("id"), rs.getString("sku"), rs.getString("name"),
                    rs.getString("description"), RecordParts.readCategoryIds(rs.getString("category_ids")),
                    unitRef(rs), rs.getString("barcode"), rs.getString("country"),
                    RecordParts.readManufacturer(rs.getString("manufacturer")),
                    RecordParts.readPropertyValues(rs.getString("property_values")),
                    RecordParts.readCharacteristics(rs.getString("characteristics")),
                    RecordParts.readRequisites(rs.getString("requisites")),
                    RecordParts.readImages(rs.getString("images")), RecordParts.readTaxRates(rs.getString("tax_rates")),
                    rs.getString("version"), rs.getBoolean("deleted"));
            case OFFER -> new Offer(offerKey(rs), rs.getString("name"), rs.getString("sku"),
                    rs.getString("barcode"), unitRef(rs),
                    RecordParts.readCharacteristics(rs.getString("characteristics")),
                    RecordParts.readPropertyValues(rs.getString("property_values")), rs.getString("version"),
                    rs.getBoolean("deleted"));
            case PRICE -> new Price(offerKey(rs), rs.getString("price_type_id"), decimal(rs, "amount"),
                    rs.getString("currency"), rs.getString("unit"), decimal(rs, "coefficient"));
            case STOCK -> new Stock(offerKey(rs), emptyToNull(rs.getString("warehouse_id")),
                    decimal(rs, "quantity"));
            case COUNTERPARTY -> new Counterparty(rs.getString("id"), rs.getString("name"),
                    rs.getString("full_name"), rs.getString("official_name"), rs.getString("role"),
                    rs.getString("inn"), rs.getString("kpp"), rs.getString("okpo"),
                    RecordParts.readAddresses(rs.getString("addresses")),
                    RecordParts.readContacts(rs.getString("contacts")),
                    RecordParts.readBankAccounts(rs.getString("bank_accounts")),
                    RecordParts.readRepresentatives(rs.getString("representatives")), rs.getString("version"),
                    rs.getBoolean("deleted"));
            case ORDER -> throw new IllegalArgumentException("orders are not stored");
        };
    }

    /** The offer key of a row's {@code product_id} and {@code variant_id} columns. */
    static OfferKey offerKey(ResultSet rs) throws SQLException {
        return new OfferKey(rs.getString("product_id"), emptyToNull(rs.getString("variant_id")));
    }

    /** A numeric column (PostgreSQL {@code numeric}, SQLite exact decimal text), or {@code null}. */
    static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : new BigDecimal(text);
    }

    /**
     * A time column: PostgreSQL {@code timestamptz}, or SQLite's UTC ISO-8601 text; {@code null} for NULL.
     */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return Instant.parse(text);
        }
        return rs.getTimestamp(column).toInstant();
    }

    private static Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static UnitRef unitRef(ResultSet rs) throws SQLException {
        String code = rs.getString("unit_code");
        String name = rs.getString("unit_name");
        String fullName = rs.getString("unit_full_name");
        String international = rs.getString("unit_international");
        if (code == null && name == null && fullName == null && international == null) {
            return null;
        }
        return new UnitRef(code, name, fullName, international);
    }

    static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Appends a JSON string literal (for bound key lists; any valid escaping will do). */
    private static void jsonString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static int compareBytes(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
