package org.onecsync.sync.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.onecsync.feed.FeedDefaults;
import org.onecsync.feed.FeedPrice;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.Category;
import org.onecsync.model.EntityType;
import org.onecsync.model.PriceType;
import org.onecsync.model.RecordKey;
import org.onecsync.model.Warehouse;
import org.onecsync.store.ImportTransaction;
import org.onecsync.store.StoredKey;

/**
 * Finds the price types, warehouses and categories a feed names among the stored ones (CommerceML's included),
 * and creates those that are missing under derived ids ({@link FeedNames}). The three tables are small, so each
 * is read once, on first need, and kept with what this import creates. A stored match that is inactive is made
 * active again, since the feed uses it.
 */
final class FeedReferences {

    private final ImportTransaction transaction;
    private final FeedDefaults defaults;
    private final int pageSize;
    private Map<String, PriceType> priceTypes;
    private Map<String, Warehouse> warehouses;
    private Map<String, Category> categories;

    FeedReferences(ImportTransaction transaction, FeedDefaults defaults, int pageSize) {
        this.transaction = transaction;
        this.defaults = defaults;
        this.pageSize = pageSize;
    }

    /**
     * The price type a feed price goes to.
     *
     * @param price the price
     * @param out receives a price type that has to be created or made active
     * @return the price type
     */
    PriceType priceType(FeedPrice price, Consumer<CatalogRecord> out) {
        String name = switch (price.slot()) {
            case PRICE -> defaults.priceType();
            case OLD_PRICE -> defaults.oldPriceType();
            case NAMED -> price.type();
        };
        if (priceTypes == null) {
            priceTypes = load(EntityType.PRICE_TYPE, record -> FeedNames.key(((PriceType) record).name()));
        }
        String key = FeedNames.key(name);
        PriceType found = priceTypes.get(key);
        if (found == null || found.deleted()) {
            found = found != null ? new PriceType(found.id(), found.name(), found.currency(), found.taxName(),
                    found.taxIncluded(), false)
                    : new PriceType(FeedNames.priceTypeId(name), name.strip(), defaults.currency(), null, null, false);
            priceTypes.put(key, found);
            out.accept(found);
        }
        return found;
    }

    /**
     * The id of a named warehouse.
     *
     * @param name the warehouse's name
     * @param out receives a warehouse that has to be created or made active
     * @return its id
     */
    String warehouse(String name, Consumer<CatalogRecord> out) {
        if (warehouses == null) {
            warehouses = load(EntityType.WAREHOUSE, record -> FeedNames.key(((Warehouse) record).name()));
        }
        String key = FeedNames.key(name);
        Warehouse found = warehouses.get(key);
        if (found == null || found.deleted()) {
            found = new Warehouse(found != null ? found.id() : FeedNames.warehouseId(name),
                    found != null ? found.name() : name.strip(), false);
            warehouses.put(key, found);
            out.accept(found);
        }
        return found.id();
    }

    /**
     * The id of the category at the end of a path, found level by level from the root by name.
     *
     * @param path the names from the root, at least one
     * @param out receives the categories that have to be created or made active, parents first
     * @return the last level's id
     */
    String category(List<String> path, Consumer<CatalogRecord> out) {
        if (categories == null) {
            categories = load(EntityType.CATEGORY, record -> childKey(((Category) record).parentId(),
                    ((Category) record).name()));
        }
        String parent = null;
        List<String> levels = new ArrayList<>(path.size());
        for (String name : path) {
            levels.add(name.strip());
            String key = childKey(parent, name);
            Category found = categories.get(key);
            if (found == null || found.deleted()) {
                found = found != null ? new Category(found.id(), found.parentId(), found.name(), false)
                        : new Category(FeedNames.categoryId(levels), parent, name.strip(), false);
                categories.put(key, found);
                out.accept(found);
            }
            parent = found.id();
        }
        return parent;
    }

    private static String childKey(String parentId, String name) {
        return (parentId == null ? "" : parentId) + '\u0000' + FeedNames.key(name == null ? "" : name);
    }

    /**
     * Reads every stored row of a small table, keyed by name; of two rows with one name the active one wins,
     * else the first in key order.
     */
    @SuppressWarnings("unchecked")
    private <T extends CatalogRecord> Map<String, T> load(EntityType type,
                                                         Function<CatalogRecord, String> key) {
        Map<String, T> byName = new HashMap<>();
        RecordKey after = null;
        while (true) {
            List<StoredKey> page = transaction.keysAfter(type, after, pageSize);
            if (page.isEmpty()) {
                return byName;
            }
            after = page.get(page.size() - 1).key();
            Map<RecordKey, CatalogRecord> records = transaction.records(type,
                    page.stream().map(StoredKey::key).toList());
            for (StoredKey stored : page) {
                CatalogRecord record = records.get(stored.key());
                if (record == null) {
                    continue;
                }
                T value = (T) (stored.active() ? record : inactive(record));
                byName.merge(key.apply(record), value, (old, now) -> DeletionMark.of(old) && !DeletionMark.of(now)
                        ? now : old);
            }
        }
    }

    /** A stored row that is inactive, as a record marked deleted, so it is told apart from an active one. */
    private static CatalogRecord inactive(CatalogRecord record) {
        if (record instanceof PriceType p) {
            return new PriceType(p.id(), p.name(), p.currency(), p.taxName(), p.taxIncluded(), true);
        }
        if (record instanceof Warehouse w) {
            return new Warehouse(w.id(), w.name(), true);
        }
        if (record instanceof Category c) {
            return new Category(c.id(), c.parentId(), c.name(), true);
        }
        return record;
    }
}
