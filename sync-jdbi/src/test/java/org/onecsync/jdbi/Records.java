package org.onecsync.jdbi;

import java.math.BigDecimal;
import org.onecsync.model.EntityType;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.StagedRecord;

/** Test records: the fewest fields that make each kind meaningful, with a fingerprint derived from content. */
final class Records {

    static final String FILE = "import.xml";

    private Records() {
    }

    static StagedRecord product(String id) {
        return product(id, "Product " + id);
    }

    static StagedRecord product(String id, String name) {
        return of(EntityType.PRODUCT, id, null, null, null, "{\"id\":\"" + id + "\",\"name\":\"" + name + "\"}");
    }

    static StagedRecord offer(String key, String productId) {
        return of(EntityType.OFFER, key, productId, null, null, "{\"id\":\"" + key + "\"}");
    }

    static StagedRecord priceType(String id) {
        return of(EntityType.PRICE_TYPE, id, null, null, null, "{\"id\":\"" + id + "\"}");
    }

    static StagedRecord warehouse(String id) {
        return of(EntityType.WAREHOUSE, id, null, null, null, "{\"id\":\"" + id + "\"}");
    }

    static StagedRecord category(String id) {
        return of(EntityType.CATEGORY, id, null, null, null, "{\"id\":\"" + id + "\"}");
    }

    static StagedRecord price(String offerKey, String priceTypeId, String amount) {
        return of(EntityType.PRICE, offerKey + "|" + priceTypeId, offerKey, priceTypeId, amount,
                "{\"offer\":\"" + offerKey + "\",\"priceType\":\"" + priceTypeId + "\",\"amount\":" + amount + "}");
    }

    /** A stock row; a {@code null} warehouse is the offer's total. */
    static StagedRecord stock(String offerKey, String warehouseId, String quantity) {
        String key = offerKey + "|" + (warehouseId == null ? "" : warehouseId);
        return of(EntityType.STOCK, key, offerKey, warehouseId, quantity,
                "{\"offer\":\"" + offerKey + "\",\"quantity\":" + quantity + "}");
    }

    /** The record as 1C sends it with a deletion mark. */
    static StagedRecord deleted(StagedRecord record) {
        return new StagedRecord(record.entity(), record.key(), record.ref1(), record.ref2(), record.amount(), false,
                fingerprint(record.payload(), false), record.payload(), record.file(), record.line());
    }

    static StagedRecord at(StagedRecord record, String file, long line) {
        return new StagedRecord(record.entity(), record.key(), record.ref1(), record.ref2(), record.amount(),
                record.active(), record.fingerprint(), record.payload(), file, line);
    }

    static StagedRecord of(EntityType type, String key, String ref1, String ref2, String amount, String payload) {
        return new StagedRecord(type, key, ref1, ref2, amount == null ? null : new BigDecimal(amount), true,
                fingerprint(payload, true), payload, FILE, 1);
    }

    static EntityCounts counts(long created, long updated, long unchanged, long deleted) {
        return new EntityCounts(created, updated, unchanged, deleted, 0);
    }

    private static long fingerprint(String payload, boolean active) {
        return payload.hashCode() * 2L + (active ? 1 : 0);
    }
}
