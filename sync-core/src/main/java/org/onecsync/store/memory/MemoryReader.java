package org.onecsync.store.memory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.onecsync.catalog.CatalogOffer;
import org.onecsync.catalog.CatalogReader;
import org.onecsync.catalog.CategoryNode;
import org.onecsync.catalog.OfferPrice;
import org.onecsync.catalog.OfferStock;
import org.onecsync.catalog.ResolvedProperty;
import org.onecsync.catalog.StockLevels;
import org.onecsync.catalog.Synced;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.Category;
import org.onecsync.model.Counterparty;
import org.onecsync.model.DictionaryValue;
import org.onecsync.model.EntityType;
import org.onecsync.model.Offer;
import org.onecsync.model.OfferKey;
import org.onecsync.model.Price;
import org.onecsync.model.PriceKey;
import org.onecsync.model.PriceType;
import org.onecsync.model.Product;
import org.onecsync.model.Property;
import org.onecsync.model.PropertyValue;
import org.onecsync.model.RecordKey;
import org.onecsync.model.Stock;
import org.onecsync.model.StockKey;
import org.onecsync.model.Unit;
import org.onecsync.model.Warehouse;

/** {@link CatalogReader} over the in-memory store's committed rows. */
final class MemoryReader implements CatalogReader {

    private final InMemoryCatalogStore store;

    MemoryReader(InMemoryCatalogStore store) {
        this.store = store;
    }

    @Override
    public Optional<Synced<Product>> product(String id) {
        synchronized (store) {
            return Optional.ofNullable(synced(Product.class, rows(EntityType.PRODUCT).get(id)));
        }
    }

    @Override
    public List<Synced<Product>> productsBySku(String sku) {
        synchronized (store) {
            List<Synced<Product>> result = new ArrayList<>();
            for (MemoryRow row : rows(EntityType.PRODUCT).values()) {
                if (Objects.equals(((Product) row.record()).sku(), sku)) {
                    result.add(synced(Product.class, row, row.active()));
                }
            }
            return result;
        }
    }

    @Override
    public List<Synced<Product>> products(String afterId, int limit) {
        return page(EntityType.PRODUCT, Product.class, afterId, limit);
    }

    @Override
    public List<CatalogOffer> offers(String productId) {
        synchronized (store) {
            MemoryRow product = rows(EntityType.PRODUCT).get(productId);
            if (product == null) {
                return List.of();
            }
            List<CatalogOffer> result = new ArrayList<>();
            for (MemoryRow row : rows(EntityType.OFFER).values()) {
                Offer offer = (Offer) row.record();
                if (offer.offerKey().productId().equals(productId) || offer.offerKey().text().equals(productId)) {
                    result.add(new CatalogOffer(offer.offerKey(), offer.offerKey().productId(), offer.name(),
                            offer.sku(), row.active() && parentActive(offer.offerKey()), offer));
                }
            }
            if (result.isEmpty()) {
                Product own = (Product) product.record();
                result.add(new CatalogOffer(OfferKey.parse(own.id()), own.id(), own.name(), own.sku(),
                        product.active(), null));
            }
            return result;
        }
    }

    @Override
    public List<OfferPrice> prices(OfferKey offer) {
        synchronized (store) {
            boolean active = offerActive(offer);
            List<OfferPrice> result = new ArrayList<>();
            for (MemoryRow row : rows(EntityType.PRICE).subMap(offer.text() + "|", offer.text() + "}").values()) {
                Price price = (Price) row.record();
                MemoryRow type = rows(EntityType.PRICE_TYPE).get(price.priceTypeId());
                result.add(new OfferPrice((PriceKey) price.recordKey(),
                        type == null ? null : ((PriceType) type.record()).name(), price.amount(), price.currency(),
                        row.active() && active));
            }
            return result;
        }
    }

    @Override
    public StockLevels stock(OfferKey offer) {
        synchronized (store) {
            boolean active = offerActive(offer);
            List<OfferStock> warehouses = new ArrayList<>();
            BigDecimal total = null;
            BigDecimal sum = null;
            for (MemoryRow row : rows(EntityType.STOCK).subMap(offer.text() + "|", offer.text() + "}").values()) {
                Stock stock = (Stock) row.record();
                if (stock.warehouseId() == null) {
                    total = stock.quantity();
                    continue;
                }
                MemoryRow warehouse = rows(EntityType.WAREHOUSE).get(stock.warehouseId());
                boolean rowActive = row.active() && active;
                warehouses.add(new OfferStock((StockKey) stock.recordKey(),
                        warehouse == null ? null : ((Warehouse) warehouse.record()).name(), stock.quantity(),
                        rowActive));
                if (rowActive) {
                    sum = sum == null ? stock.quantity() : sum.add(stock.quantity());
                }
            }
            if (total == null && !warehouses.isEmpty()) {
                total = sum == null ? BigDecimal.ZERO : sum;
            }
            return new StockLevels(warehouses, total);
        }
    }

    @Override
    public List<CategoryNode> categories() {
        synchronized (store) {
            TreeMap<String, MemoryRow> all = rows(EntityType.CATEGORY);
            Map<String, List<MemoryRow>> children = new HashMap<>();
            List<MemoryRow> roots = new ArrayList<>();
            for (MemoryRow row : all.values()) {
                Category category = (Category) row.record();
                if (category.parentId() == null || !all.containsKey(category.parentId())) {
                    roots.add(row);
                } else {
                    children.computeIfAbsent(category.parentId(), p -> new ArrayList<>()).add(row);
                }
            }
            List<CategoryNode> result = new ArrayList<>();
            walk(roots, children, "", 0, result, new HashSet<>());
            return result;
        }
    }

    private static void walk(List<MemoryRow> level, Map<String, List<MemoryRow>> children, String prefix, int depth,
                             List<CategoryNode> out, Set<String> visited) {
        level.sort(Comparator.comparing((MemoryRow r) -> Objects.toString(((Category) r.record()).name(), ""),
                KeyOrder.UTF8).thenComparing(r -> ((Category) r.record()).id(), KeyOrder.UTF8));
        for (MemoryRow row : level) {
            Category category = (Category) row.record();
            if (!visited.add(category.id())) {
                continue;
            }
            String path = prefix + Objects.toString(category.name(), "");
            out.add(new CategoryNode(category, path, depth, row.active()));
            walk(children.getOrDefault(category.id(), new ArrayList<>()), children, path + " / ", depth + 1, out,
                    visited);
        }
    }

    @Override
    public List<ResolvedProperty> properties(String productId) {
        synchronized (store) {
            MemoryRow product = rows(EntityType.PRODUCT).get(productId);
            if (product == null) {
                return List.of();
            }
            List<ResolvedProperty> result = new ArrayList<>();
            for (PropertyValue value : ((Product) product.record()).propertyValues()) {
                MemoryRow row = rows(EntityType.PROPERTY).get(value.propertyId());
                Property property = row == null ? null : (Property) row.record();
                String text = value.value();
                if (property != null) {
                    for (DictionaryValue entry : property.values()) {
                        if (entry.id().equals(value.value())) {
                            text = entry.value();
                            break;
                        }
                    }
                }
                result.add(new ResolvedProperty(value.propertyId(), property == null ? null : property.name(), text,
                        value.value()));
            }
            return result;
        }
    }

    @Override
    public List<Synced<PriceType>> priceTypes() {
        return page(EntityType.PRICE_TYPE, PriceType.class, null, Integer.MAX_VALUE);
    }

    @Override
    public List<Synced<Warehouse>> warehouses() {
        return page(EntityType.WAREHOUSE, Warehouse.class, null, Integer.MAX_VALUE);
    }

    @Override
    public List<Synced<Unit>> units() {
        return page(EntityType.UNIT, Unit.class, null, Integer.MAX_VALUE);
    }

    @Override
    public Optional<Synced<Counterparty>> counterparty(String id) {
        synchronized (store) {
            return Optional.ofNullable(synced(Counterparty.class, rows(EntityType.COUNTERPARTY).get(id)));
        }
    }

    @Override
    public List<Synced<Counterparty>> counterparties(String afterId, int limit) {
        return page(EntityType.COUNTERPARTY, Counterparty.class, afterId, limit);
    }

    @Override
    public Map<RecordKey, Synced<CatalogRecord>> records(EntityType type, Collection<? extends RecordKey> keys) {
        synchronized (store) {
            Map<RecordKey, Synced<CatalogRecord>> result = new HashMap<>();
            for (RecordKey key : keys) {
                MemoryRow row = rows(type).get(key.text());
                if (row != null) {
                    result.put(key, synced(CatalogRecord.class, row, effective(type, row)));
                }
            }
            return result;
        }
    }

    private boolean effective(EntityType type, MemoryRow row) {
        if (!row.active()) {
            return false;
        }
        return switch (type) {
            case OFFER -> parentActive(((Offer) row.record()).offerKey());
            case PRICE -> offerActive(((Price) row.record()).offer());
            case STOCK -> offerActive(((Stock) row.record()).offer());
            default -> true;
        };
    }

    private <T extends CatalogRecord> List<Synced<T>> page(EntityType type, Class<T> kind, String afterId, int limit) {
        synchronized (store) {
            TreeMap<String, MemoryRow> all = rows(type);
            List<Synced<T>> result = new ArrayList<>();
            for (MemoryRow row : (afterId == null ? all : all.tailMap(afterId, false)).values()) {
                if (result.size() >= limit) {
                    break;
                }
                result.add(synced(kind, row, row.active()));
            }
            return result;
        }
    }

    /** Whether an offer can be sold: its own row (or its product's, for a product's own offer) and its product. */
    private boolean offerActive(OfferKey key) {
        MemoryRow offer = rows(EntityType.OFFER).get(key.text());
        if (offer != null) {
            return offer.active() && parentActive(key);
        }
        MemoryRow product = rows(EntityType.PRODUCT).get(key.text());
        return product == null || product.active();
    }

    private boolean parentActive(OfferKey key) {
        MemoryRow product = rows(EntityType.PRODUCT).get(key.productId());
        if (product == null) {
            product = rows(EntityType.PRODUCT).get(key.text());
        }
        return product == null || product.active();
    }

    private TreeMap<String, MemoryRow> rows(EntityType type) {
        return store.rows(type);
    }

    private static <T extends CatalogRecord> Synced<T> synced(Class<T> kind, MemoryRow row) {
        return row == null ? null : synced(kind, row, row.active());
    }

    private static <T extends CatalogRecord> Synced<T> synced(Class<T> kind, MemoryRow row, boolean active) {
        return row == null ? null : new Synced<>(kind.cast(row.record()), active, row.session(), row.updatedAt());
    }
}
