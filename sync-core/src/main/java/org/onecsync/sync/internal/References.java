package org.onecsync.sync.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityId;
import org.onecsync.model.EntityType;
import org.onecsync.model.Offer;
import org.onecsync.model.OfferKey;
import org.onecsync.model.Price;
import org.onecsync.model.RecordKey;
import org.onecsync.model.Stock;
import org.onecsync.store.ImportTransaction;

/**
 * The reference rules: an offer needs its product; a price needs its offer and price type; a stock row its
 * offer and (unless it is a total) its warehouse. "Known" means stored, active or not, including rows this
 * import wrote. An offer is known as an offer row, or as a product: a product without variants is its own
 * offer, and a 2.x catalog lists a variant as a product whose id is the full {@code product#variant}.
 *
 * <p>What is found known is remembered (a known key stays known for the rest of the import), in bounded
 * caches, so that the thousands of prices of one offer cost one look-up.
 */
final class References {

    private static final int CACHE_SIZE = 50_000;

    private final ImportTransaction transaction;
    private final Set<String> products = lru();
    private final Set<String> offers = lru();
    private final Set<String> priceTypes = lru();
    private final Set<String> warehouses = lru();

    References(ImportTransaction transaction) {
        this.transaction = transaction;
    }

    /**
     * Checks a batch.
     *
     * @param type the batch's entity
     * @param records the records
     * @return for each record in order, why it cannot be applied yet, or {@code null}
     */
    List<String> check(EntityType type, List<? extends CatalogRecord> records) {
        List<String> result = new ArrayList<>(records.size());
        switch (type) {
            case OFFER -> {
                Set<String> ids = new HashSet<>();
                for (CatalogRecord record : records) {
                    OfferKey key = ((Offer) record).offerKey();
                    ids.add(key.productId());
                    ids.add(key.text());
                }
                learn(EntityType.PRODUCT, ids, products);
                for (CatalogRecord record : records) {
                    OfferKey key = ((Offer) record).offerKey();
                    result.add(products.contains(key.productId()) || products.contains(key.text()) ? null
                            : "offer refers to product " + key.productId() + ", which the store does not know");
                }
            }
            case PRICE, STOCK -> {
                Set<OfferKey> wanted = new HashSet<>();
                Set<String> refs = new HashSet<>();
                for (CatalogRecord record : records) {
                    wanted.add(offerOf(record));
                    String ref = refOf(record);
                    if (ref != null) {
                        refs.add(ref);
                    }
                }
                learnOffers(wanted);
                boolean price = type == EntityType.PRICE;
                learn(price ? EntityType.PRICE_TYPE : EntityType.WAREHOUSE, refs, price ? priceTypes : warehouses);
                String what = price ? "price" : "stock";
                for (CatalogRecord record : records) {
                    OfferKey offer = offerOf(record);
                    String ref = refOf(record);
                    if (!offers.contains(offer.text())) {
                        result.add(what + " refers to offer " + offer.text() + ", which the store does not know");
                    } else if (ref != null && !(price ? priceTypes : warehouses).contains(ref)) {
                        result.add(what + " refers to " + (price ? "price type " : "warehouse ") + ref
                                + ", which the store does not know");
                    } else {
                        result.add(null);
                    }
                }
            }
            default -> records.forEach(record -> result.add(null));
        }
        return result;
    }

    private void learnOffers(Set<OfferKey> wanted) {
        List<OfferKey> unknown = new ArrayList<>();
        for (OfferKey key : wanted) {
            if (!offers.contains(key.text())) {
                unknown.add(key);
            }
        }
        if (unknown.isEmpty()) {
            return;
        }
        Set<RecordKey> found = transaction.lookup(EntityType.OFFER, unknown).keySet();
        Set<String> asProducts = new HashSet<>();
        for (OfferKey key : unknown) {
            if (found.contains(key)) {
                offers.add(key.text());
            } else {
                asProducts.add(key.text());
            }
        }
        learn(EntityType.PRODUCT, asProducts, products);
        for (String id : asProducts) {
            if (products.contains(id)) {
                offers.add(id);
            }
        }
    }

    private void learn(EntityType type, Collection<String> ids, Set<String> known) {
        List<EntityId> unknown = new ArrayList<>();
        for (String id : ids) {
            if (!known.contains(id)) {
                unknown.add(new EntityId(id));
            }
        }
        if (!unknown.isEmpty()) {
            for (RecordKey key : transaction.lookup(type, unknown).keySet()) {
                known.add(((EntityId) key).value());
            }
        }
    }

    private static OfferKey offerOf(CatalogRecord record) {
        return record instanceof Price price ? price.offer() : ((Stock) record).offer();
    }

    private static String refOf(CatalogRecord record) {
        return record instanceof Price price ? price.priceTypeId() : ((Stock) record).warehouseId();
    }

    private static Set<String> lru() {
        return java.util.Collections.newSetFromMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > CACHE_SIZE;
            }
        });
    }
}
