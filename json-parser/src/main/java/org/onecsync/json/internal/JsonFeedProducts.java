package org.onecsync.json.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onecsync.feed.CategoryPaths;
import org.onecsync.feed.FeedPrice;
import org.onecsync.feed.FeedProduct;
import org.onecsync.feed.FeedStock;
import org.onecsync.feed.FeedVariant;
import org.onecsync.model.Characteristic;

/**
 * Turns a product as read into the engine's {@link FeedProduct}, and a problem into a skip reason. A feed names
 * things (price types, warehouses, a category path) where CommerceML gives ids; the engine matches the names.
 */
final class JsonFeedProducts {

    private JsonFeedProducts() {
    }

    /**
     * The product for the engine.
     *
     * @param p a product that passed {@link JsonProductRules}
     * @return the feed product; what the JSON does not carry is {@code null}, so the stored value is kept
     */
    static FeedProduct toFeed(JsonProduct p) {
        FeedProduct.Builder b = FeedProduct.builder()
                .externalId(p.externalId())
                .sku(p.sku())
                .name(p.name())
                .description(p.description())
                // A blank category names none: the stored categories are kept rather than cleared.
                .categoryPath(p.category() == null || p.category().isBlank()
                        ? null : CategoryPaths.split(p.category(), null))
                .active(p.active())
                .characteristics(p.characteristics() == null ? null : characteristics(p.characteristics()))
                .images(p.images())
                .barcodes(p.barcodes())
                .unit(p.unit());
        prices(p.price(), p.oldPrice(), p.prices()).forEach(b::price);
        stocks(p.stock(), p.stocks()).forEach(b::stock);
        for (JsonVariant v : p.variants()) {
            b.variant(new FeedVariant(v.externalId(), v.sku(), v.name(), characteristics(v.characteristics()),
                    prices(v.price(), v.oldPrice(), v.prices()), stocks(v.stock(), v.stocks()), List.of()));
        }
        return b.build();
    }

    /**
     * The reason a skipped product is reported with: {@code products[3] (sku A-1): price: is required}.
     *
     * @param problem the problem
     * @return one line; the SKU is clipped, since it is the sender's text
     */
    static String reason(JsonProblem problem) {
        String at = "products[" + problem.index() + "]";
        StringBuilder sb = new StringBuilder(at);
        if (problem.sku() != null && !problem.sku().isBlank()) {
            sb.append(" (sku ").append(JsonValueReader.clip(problem.sku())).append(')');
        }
        sb.append(": ");
        // An element that is not an object is its own field: "products[3]: must be an object, not a string".
        if (!problem.field().equals(at)) {
            sb.append(problem.field()).append(": ");
        }
        return sb.append(problem.message()).toString();
    }

    private static List<Characteristic> characteristics(Map<String, String> byName) {
        List<Characteristic> list = new ArrayList<>(byName.size());
        byName.forEach((name, value) -> list.add(new Characteristic(name, value)));
        return list;
    }

    /** {@code price}, {@code old_price}, then {@code prices[]}: an entry without a type is the price. */
    private static List<FeedPrice> prices(BigDecimal price, BigDecimal oldPrice, List<JsonPrice> named) {
        List<FeedPrice> list = new ArrayList<>(named.size() + 2);
        if (price != null) {
            list.add(FeedPrice.price(price));
        }
        if (oldPrice != null) {
            list.add(FeedPrice.oldPrice(oldPrice));
        }
        for (JsonPrice entry : named) {
            list.add(entry.type() == null || entry.type().isBlank()
                    ? new FeedPrice(FeedPrice.Slot.PRICE, null, entry.value(), entry.currency())
                    : FeedPrice.named(entry.type(), entry.value(), entry.currency()));
        }
        return list;
    }

    /** {@code stock}, then {@code stocks[]}: an entry without a warehouse is the total. */
    private static List<FeedStock> stocks(BigDecimal stock, List<JsonStock> byWarehouse) {
        List<FeedStock> list = new ArrayList<>(byWarehouse.size() + 1);
        if (stock != null) {
            list.add(FeedStock.total(stock));
        }
        for (JsonStock entry : byWarehouse) {
            String warehouse = entry.warehouse() == null || entry.warehouse().isBlank() ? null : entry.warehouse();
            list.add(new FeedStock(warehouse, entry.quantity()));
        }
        return list;
    }
}
