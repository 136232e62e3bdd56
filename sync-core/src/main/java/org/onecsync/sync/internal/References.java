package org.onecsync.sync.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
 * <p>A key this import applied is known without asking the store; a key the store confirmed stays known for
 * the rest of the import (rows are only removed after every record is applied). Both are kept as 64-bit
 * hashes ({@link KeyTable}), so the thousands of prices of one catalog cost no look-up at all.
 */
final class References {

    private final ImportTransaction transaction;
    private final Map<EntityType, KeyTable> tables;

    /**
     * @param transaction the import's transaction
     * @param tables the keys this import applied or read so far, per entity (shared with the caller)
     */
    References(ImportTransaction transaction, Map<EntityType, KeyTable> tables) {
        this.transaction = transaction;
        this.tables = tables;
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
                Set<RecordKey> ids = new LinkedHashSet<>();
                for (CatalogRecord record : records) {
                    OfferKey key = ((Offer) record).offerKey();
                    ids.add(new EntityId(key.productId()));
                    ids.add(new EntityId(key.text()));
                }
                confirm(EntityType.PRODUCT, ids);
                for (CatalogRecord record : records) {
                    OfferKey key = ((Offer) record).offerKey();
                    boolean known = known(EntityType.PRODUCT, new EntityId(key.productId()))
                            || known(EntityType.PRODUCT, new EntityId(key.text()));
                    result.add(known ? null
                            : "offer refers to product " + key.productId() + ", which the store does not know");
                }
            }
            case PRICE, STOCK -> {
                boolean price = type == EntityType.PRICE;
                EntityType refType = price ? EntityType.PRICE_TYPE : EntityType.WAREHOUSE;
                Set<RecordKey> offers = new LinkedHashSet<>();
                Set<RecordKey> refs = new LinkedHashSet<>();
                for (CatalogRecord record : records) {
                    offers.add(offerOf(record));
                    String ref = refOf(record);
                    if (ref != null) {
                        refs.add(new EntityId(ref));
                    }
                }
                confirmOffers(offers);
                confirm(refType, refs);
                String what = price ? "price" : "stock";
                Map<RecordKey, Boolean> knownOffers = new HashMap<>();
                for (RecordKey offer : offers) {
                    knownOffers.put(offer, offerKnown((OfferKey) offer));
                }
                Map<String, Boolean> knownRefs = new HashMap<>();
                for (RecordKey ref : refs) {
                    knownRefs.put(((EntityId) ref).value(), known(refType, ref));
                }
                for (CatalogRecord record : records) {
                    OfferKey offer = offerOf(record);
                    String ref = refOf(record);
                    if (!knownOffers.get(offer)) {
                        result.add(what + " refers to offer " + offer.text() + ", which the store does not know");
                    } else if (ref != null && !knownRefs.get(ref)) {
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

    private boolean offerKnown(OfferKey offer) {
        return known(EntityType.OFFER, offer) || known(EntityType.PRODUCT, new EntityId(offer.text()));
    }

    private void confirmOffers(Set<RecordKey> offers) {
        List<RecordKey> asProducts = new ArrayList<>();
        List<RecordKey> unknown = new ArrayList<>();
        for (RecordKey key : offers) {
            if (!offerKnown((OfferKey) key)) {
                unknown.add(key);
            }
        }
        if (unknown.isEmpty()) {
            return;
        }
        Set<RecordKey> found = transaction.lookup(EntityType.OFFER, unknown).keySet();
        KeyTable known = table(EntityType.OFFER);
        for (RecordKey key : unknown) {
            if (found.contains(key)) {
                known.confirm(key);
            } else {
                asProducts.add(new EntityId(key.text()));
            }
        }
        confirm(EntityType.PRODUCT, asProducts);
    }

    private void confirm(EntityType type, Iterable<RecordKey> keys) {
        List<RecordKey> unknown = new ArrayList<>();
        for (RecordKey key : keys) {
            if (!known(type, key)) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            KeyTable known = table(type);
            for (RecordKey key : transaction.lookup(type, unknown).keySet()) {
                known.confirm(key);
            }
        }
    }

    private boolean known(EntityType type, RecordKey key) {
        KeyTable table = tables.get(type);
        return table != null && table.present(key);
    }

    private KeyTable table(EntityType type) {
        return tables.computeIfAbsent(type, t -> new KeyTable());
    }

    private static OfferKey offerOf(CatalogRecord record) {
        return record instanceof Price price ? price.offer() : ((Stock) record).offer();
    }

    private static String refOf(CatalogRecord record) {
        return record instanceof Price price ? price.priceTypeId() : ((Stock) record).warehouseId();
    }
}
