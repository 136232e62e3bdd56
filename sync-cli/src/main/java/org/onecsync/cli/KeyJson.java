package org.onecsync.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.onecsync.model.EntityId;
import org.onecsync.model.OfferKey;
import org.onecsync.model.PriceKey;
import org.onecsync.model.RecordKey;
import org.onecsync.model.StockKey;

/** A typed key as a JSON object: {@code {"id"}}, {@code {"product","variant"}}, plus {@code priceType} or {@code warehouse}. */
final class KeyJson {

    private KeyJson() {
    }

    static void put(ObjectNode node, RecordKey key) {
        if (key instanceof EntityId id) {
            node.put("id", id.value());
        } else if (key instanceof OfferKey offer) {
            offer(node, offer);
        } else if (key instanceof PriceKey price) {
            offer(node, price.offer());
            node.put("priceType", price.priceTypeId());
        } else if (key instanceof StockKey stock) {
            offer(node, stock.offer());
            node.put("warehouse", stock.warehouseId());
        }
    }

    private static void offer(ObjectNode node, OfferKey offer) {
        node.put("product", offer.productId());
        node.put("variant", offer.variantId());
    }
}
