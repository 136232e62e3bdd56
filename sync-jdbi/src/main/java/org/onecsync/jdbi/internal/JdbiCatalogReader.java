package org.onecsync.jdbi.internal;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.onecsync.catalog.CatalogOffer;
import org.onecsync.catalog.CatalogReader;
import org.onecsync.catalog.CategoryNode;
import org.onecsync.catalog.OfferPrice;
import org.onecsync.catalog.OfferStock;
import org.onecsync.catalog.ResolvedProperty;
import org.onecsync.catalog.StockLevels;
import org.onecsync.catalog.Synced;
import org.onecsync.codec.RecordParts;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.Category;
import org.onecsync.model.Counterparty;
import org.onecsync.model.DictionaryValue;
import org.onecsync.model.EntityId;
import org.onecsync.model.EntityType;
import org.onecsync.model.Offer;
import org.onecsync.model.OfferKey;
import org.onecsync.model.PriceKey;
import org.onecsync.model.PriceType;
import org.onecsync.model.Product;
import org.onecsync.model.PropertyValue;
import org.onecsync.model.RecordKey;
import org.onecsync.model.StockKey;
import org.onecsync.model.Unit;
import org.onecsync.model.Warehouse;

/**
 * The {@link CatalogReader} of the typed tables. Every call first checks that the database holds a current
 * store ({@link Schema#verifyReadable()}), so a missing database is an error and nothing is ever created.
 * Each call is one or two statements on one connection; ids compare as bytes ("C" collation on PostgreSQL,
 * BINARY on SQLite), so every {@code ORDER BY id} is UTF-8 byte order.
 */
final class JdbiCatalogReader implements CatalogReader {

    /** Keys per statement of {@link #records}. */
    private static final int KEYS_PER_STATEMENT = 5_000;
    private static final String WHAT = "cannot read the catalog";

    private final Backend backend;
    private final Schema schema;

    /**
     * @param backend the store's database
     * @param schema its schema, checked before every read
     */
    public JdbiCatalogReader(Backend backend, Schema schema) {
        this.backend = backend;
        this.schema = schema;
    }

    @Override
    public Optional<Synced<Product>> product(String id) {
        Objects.requireNonNull(id, "id");
        return read(handle -> product(handle, id));
    }

    @Override
    public List<Synced<Product>> productsBySku(String sku) {
        Objects.requireNonNull(sku, "sku");
        return read(handle -> handle.createQuery(RecordRows.selectSynced(EntityType.PRODUCT)
                        + " WHERE x.sku = ? ORDER BY x.id")
                .bind(0, sku)
                .map(synced(EntityType.PRODUCT, Product.class))
                .list());
    }

    @Override
    public List<Synced<Product>> products(String afterId, int limit) {
        return page(EntityType.PRODUCT, Product.class, afterId, limit);
    }

    @Override
    public List<CatalogOffer> offers(String productId) {
        Objects.requireNonNull(productId, "productId");
        return read(handle -> {
            Optional<Synced<Product>> found = product(handle, productId);
            if (found.isEmpty()) {
                return List.of();
            }
            Product product = found.get().record();
            OfferKey own = ownOffer(productId);
            // Its variants (and its own offer row), and the offer whose key text is its id (a 2.x variant
            // listed as a product).
            List<CatalogOffer> offers = new ArrayList<>(handle.createQuery(RecordRows.selectSynced(EntityType.OFFER)
                            + " WHERE x.product_id = ? OR (x.product_id = ? AND x.variant_id = ?)")
                    .bind(0, productId)
                    .bind(1, own.productId())
                    .bind(2, own.variantId() == null ? "" : own.variantId())
                    .map(synced(EntityType.OFFER, Offer.class))
                    .map(row -> {
                        Offer offer = row.record();
                        return new CatalogOffer(offer.offerKey(), productId,
                                offer.name() != null ? offer.name() : product.name(),
                                offer.sku() != null ? offer.sku() : product.sku(), row.active(), offer);
                    })
                    .list());
            if (offers.isEmpty()) {
                // Active as in onecsync_offer_v: the product, and the product before the '#' of its id when stored.
                int hash = productId.indexOf('#');
                boolean active = found.get().active() && (hash < 0
                        || handle.createQuery("SELECT active FROM onecsync_product WHERE id = ?")
                                .bind(0, productId.substring(0, hash))
                                .mapTo(Boolean.class)
                                .findOne()
                                .orElse(true));
                return List.of(new CatalogOffer(own, productId, product.name(), product.sku(), active, null));
            }
            offers.sort(Comparator.comparing(offer -> offer.key().text(), RecordRows.BYTE_ORDER));
            return List.copyOf(offers);
        });
    }

    @Override
    public List<OfferPrice> prices(OfferKey offer) {
        Objects.requireNonNull(offer, "offer");
        return read(handle -> handle.createQuery("SELECT x.product_id, x.variant_id, x.price_type_id, x.amount,"
                        + " x.currency, t.name AS price_type_name, " + RecordRows.effectiveActive(EntityType.PRICE)
                        + " AS effective_active FROM onecsync_price x"
                        + " LEFT JOIN onecsync_price_type t ON t.id = x.price_type_id"
                        + RecordRows.joins(EntityType.PRICE)
                        + " WHERE x.product_id = ? AND x.variant_id = ? ORDER BY x.price_type_id")
                .bind(0, offer.productId())
                .bind(1, offer.variantId() == null ? "" : offer.variantId())
                .map((rs, ctx) -> new OfferPrice(new PriceKey(RecordRows.offerKey(rs), rs.getString("price_type_id")),
                        rs.getString("price_type_name"), RecordRows.decimal(rs, "amount"), rs.getString("currency"),
                        rs.getBoolean("effective_active")))
                .list());
    }

    @Override
    public StockLevels stock(OfferKey offer) {
        Objects.requireNonNull(offer, "offer");
        List<OfferStock> rows = read(handle -> handle.createQuery("SELECT x.product_id, x.variant_id,"
                        + " x.warehouse_id, x.quantity, w.name AS warehouse_name, "
                        + RecordRows.effectiveActive(EntityType.STOCK) + " AS effective_active FROM onecsync_stock x"
                        + " LEFT JOIN onecsync_warehouse w ON x.warehouse_id <> '' AND w.id = x.warehouse_id"
                        + RecordRows.joins(EntityType.STOCK)
                        + " WHERE x.product_id = ? AND x.variant_id = ? ORDER BY x.warehouse_id")
                .bind(0, offer.productId())
                .bind(1, offer.variantId() == null ? "" : offer.variantId())
                .map((rs, ctx) -> new OfferStock(
                        new StockKey(RecordRows.offerKey(rs), RecordRows.emptyToNull(rs.getString("warehouse_id"))),
                        rs.getString("warehouse_name"), RecordRows.decimal(rs, "quantity"),
                        rs.getBoolean("effective_active")))
                .list());
        if (rows.isEmpty()) {
            return new StockLevels(List.of(), null);
        }
        List<OfferStock> warehouses = new ArrayList<>();
        BigDecimal total = null;
        BigDecimal sum = BigDecimal.ZERO;
        for (OfferStock row : rows) {
            if (row.key().warehouseId() == null) {
                total = row.quantity();
            } else {
                warehouses.add(row);
                if (row.active()) {
                    sum = sum.add(row.quantity());
                }
            }
        }
        return new StockLevels(warehouses, total != null ? total : sum);
    }

    @Override
    public List<CategoryNode> categories() {
        List<Synced<Category>> rows = read(handle -> handle.createQuery(
                        RecordRows.selectSynced(EntityType.CATEGORY) + " ORDER BY x.id")
                .map(synced(EntityType.CATEGORY, Category.class))
                .list());
        return tree(rows);
    }

    /**
     * Orders categories parents first, siblings by name then id (both as bytes, no name first). A category
     * whose parent is not stored is a root; categories caught in a parent cycle are placed as roots too,
     * starting with the first of them in sibling order, so every category appears exactly once.
     */
    private static List<CategoryNode> tree(List<Synced<Category>> rows) {
        Comparator<Synced<Category>> siblings = Comparator
                .comparing((Synced<Category> row) -> row.record().name(),
                        Comparator.nullsFirst(RecordRows.BYTE_ORDER))
                .thenComparing(row -> row.record().id(), RecordRows.BYTE_ORDER);
        Map<String, Synced<Category>> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.record().id(), row));
        Map<String, List<Synced<Category>>> children = new HashMap<>();
        List<Synced<Category>> roots = new ArrayList<>();
        for (Synced<Category> row : rows) {
            String parent = row.record().parentId();
            if (parent == null || !byId.containsKey(parent) || parent.equals(row.record().id())) {
                roots.add(row);
            } else {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(row);
            }
        }
        children.values().forEach(list -> list.sort(siblings));
        roots.sort(siblings);

        List<CategoryNode> result = new ArrayList<>(rows.size());
        Set<String> placed = new HashSet<>();
        for (Synced<Category> root : roots) {
            walk(root, children, placed, result);
        }
        if (result.size() < rows.size()) {
            List<Synced<Category>> rest = new ArrayList<>(rows);
            rest.sort(siblings);
            for (Synced<Category> row : rest) {
                if (!placed.contains(row.record().id())) {
                    walk(row, children, placed, result);
                }
            }
        }
        return List.copyOf(result);
    }

    private static void walk(Synced<Category> root, Map<String, List<Synced<Category>>> children, Set<String> placed,
                             List<CategoryNode> out) {
        record Step(Synced<Category> row, String path, int depth) {
        }
        Deque<Step> stack = new ArrayDeque<>();
        stack.push(new Step(root, name(root), 0));
        while (!stack.isEmpty()) {
            Step step = stack.pop();
            Category category = step.row().record();
            if (!placed.add(category.id())) {
                continue;
            }
            out.add(new CategoryNode(category, step.path(), step.depth(), step.row().active()));
            List<Synced<Category>> below = children.getOrDefault(category.id(), List.of());
            for (int i = below.size() - 1; i >= 0; i--) {
                Synced<Category> child = below.get(i);
                if (!placed.contains(child.record().id())) {
                    stack.push(new Step(child, step.path() + " / " + name(child), step.depth() + 1));
                }
            }
        }
    }

    private static String name(Synced<Category> row) {
        return row.record().name() == null ? "" : row.record().name();
    }

    @Override
    public List<ResolvedProperty> properties(String productId) {
        Objects.requireNonNull(productId, "productId");
        return read(handle -> {
            Optional<String> json = handle.createQuery("SELECT property_values FROM onecsync_product WHERE id = ?")
                    .bind(0, productId)
                    .mapTo(String.class)
                    .findOne();
            if (json.isEmpty()) {
                return List.of();
            }
            List<PropertyValue> values = RecordParts.readPropertyValues(json.get());
            if (values.isEmpty()) {
                return List.of();
            }
            Set<String> ids = new LinkedHashSet<>();
            values.forEach(value -> ids.add(value.propertyId()));
            Map<String, Named> properties = new HashMap<>();
            handle.createQuery("SELECT x.id, x.name, x.dictionary FROM " + RecordRows.keySource(backend.dialect())
                            + " JOIN onecsync_property x ON x.id = k.k1")
                    .bind(0, RecordRows.keysJson(EntityType.PROPERTY,
                            ids.stream().map(EntityId::new).toList()))
                    .map((rs, ctx) -> new Named(rs.getString("id"), rs.getString("name"),
                            RecordParts.readDictionary(rs.getString("dictionary"))))
                    .forEach(property -> properties.put(property.id(), property));
            List<ResolvedProperty> result = new ArrayList<>(values.size());
            for (PropertyValue value : values) {
                Named property = properties.get(value.propertyId());
                String text = value.value();
                if (property != null && text != null) {
                    for (DictionaryValue entry : property.dictionary()) {
                        if (text.equals(entry.id())) {
                            text = entry.value();
                            break;
                        }
                    }
                }
                result.add(new ResolvedProperty(value.propertyId(), property == null ? null : property.name(), text,
                        value.value()));
            }
            return List.copyOf(result);
        });
    }

    private record Named(String id, String name, List<DictionaryValue> dictionary) {
    }

    @Override
    public List<Synced<PriceType>> priceTypes() {
        return all(EntityType.PRICE_TYPE, PriceType.class);
    }

    @Override
    public List<Synced<Warehouse>> warehouses() {
        return all(EntityType.WAREHOUSE, Warehouse.class);
    }

    @Override
    public List<Synced<Unit>> units() {
        return all(EntityType.UNIT, Unit.class);
    }

    @Override
    public Optional<Synced<Counterparty>> counterparty(String id) {
        Objects.requireNonNull(id, "id");
        return read(handle -> handle.createQuery(RecordRows.selectSynced(EntityType.COUNTERPARTY) + " WHERE x.id = ?")
                .bind(0, id)
                .map(synced(EntityType.COUNTERPARTY, Counterparty.class))
                .findOne());
    }

    @Override
    public List<Synced<Counterparty>> counterparties(String afterId, int limit) {
        return page(EntityType.COUNTERPARTY, Counterparty.class, afterId, limit);
    }

    @Override
    public Map<RecordKey, Synced<CatalogRecord>> records(EntityType type, Collection<? extends RecordKey> keys) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(keys, "keys");
        if (!RecordRows.stored(type)) {
            throw new IllegalArgumentException(type.jsonName() + " are not stored");
        }
        List<? extends RecordKey> all = List.copyOf(keys);
        all.forEach(key -> RecordRows.keyValues(type, key)); // a wrong key type fails before any query
        if (all.isEmpty()) {
            schema.verifyReadable();
            return Map.of();
        }
        return read(handle -> {
            Map<RecordKey, Synced<CatalogRecord>> found = new LinkedHashMap<>();
            String sql = RecordRows.selectSynced(type, RecordRows.keySource(backend.dialect()) + " JOIN "
                    + RecordRows.table(type) + " x ON " + RecordRows.keyMatch(type));
            for (int from = 0; from < all.size(); from += KEYS_PER_STATEMENT) {
                List<? extends RecordKey> part = all.subList(from, Math.min(all.size(), from + KEYS_PER_STATEMENT));
                handle.createQuery(sql)
                        .bind(0, RecordRows.keysJson(type, part))
                        .map(synced(type, CatalogRecord.class))
                        .forEach(row -> found.put(row.record().recordKey(), row));
            }
            return found;
        });
    }

    private Optional<Synced<Product>> product(Handle handle, String id) {
        return handle.createQuery(RecordRows.selectSynced(EntityType.PRODUCT) + " WHERE x.id = ?")
                .bind(0, id)
                .map(synced(EntityType.PRODUCT, Product.class))
                .findOne();
    }

    private <T extends CatalogRecord> List<Synced<T>> all(EntityType type, Class<T> recordType) {
        return read(handle -> handle.createQuery(RecordRows.selectSynced(type) + " ORDER BY x.id")
                .map(synced(type, recordType))
                .list());
    }

    private <T extends CatalogRecord> List<Synced<T>> page(EntityType type, Class<T> recordType, String afterId,
                                                           int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return read(handle -> {
            if (limit == 0) {
                return List.of();
            }
            String sql = RecordRows.selectSynced(type) + (afterId == null ? "" : " WHERE x.id > ?")
                    + " ORDER BY x.id LIMIT ?";
            var query = handle.createQuery(sql);
            int position = 0;
            if (afterId != null) {
                query.bind(position++, afterId);
            }
            return query.bind(position, limit).map(synced(type, recordType)).list();
        });
    }

    /**
     * The key of a product's own offer: the product id, split like 1C's offer ids when it is a 2.x variant
     * listed as a product ({@code p#v}), so that its prices and stock, stored under that offer key, are found.
     */
    static OfferKey ownOffer(String productId) {
        int hash = productId.indexOf('#');
        if (hash > 0 && hash < productId.length() - 1 && !productId.substring(0, hash).isBlank()) {
            return new OfferKey(productId.substring(0, hash), productId.substring(hash + 1));
        }
        return new OfferKey(productId, null);
    }

    /** Maps a row of {@link RecordRows#selectSynced} to its record with the effective active flag. */
    private static <T extends CatalogRecord> RowMapper<Synced<T>> synced(EntityType type, Class<T> recordType) {
        return (rs, ctx) -> new Synced<>(recordType.cast(RecordRows.record(type, rs)),
                rs.getBoolean("effective_active"), rs.getLong("session_id"), RecordRows.instant(rs, "updated_at"));
    }

    private <T> T read(Backend.Work<T> work) {
        schema.verifyReadable();
        return backend.call(WHAT, work);
    }
}
