package org.onecsync.store.contract;

import java.math.BigDecimal;
import java.util.List;
import org.onecsync.model.Category;
import org.onecsync.model.Counterparty;
import org.onecsync.model.DictionaryValue;
import org.onecsync.model.Offer;
import org.onecsync.model.OfferKey;
import org.onecsync.model.Order;
import org.onecsync.model.Price;
import org.onecsync.model.PriceType;
import org.onecsync.model.Product;
import org.onecsync.model.Property;
import org.onecsync.model.PropertyValue;
import org.onecsync.model.Stock;
import org.onecsync.model.UnitRef;
import org.onecsync.model.Warehouse;

/** Small records for store contract tests. */
public final class Records {

    private Records() {
    }

    public static Product product(String id, String name) {
        return product(id, name, null, List.of(), false);
    }

    public static Product product(String id, String name, String sku, List<PropertyValue> values, boolean deleted) {
        return new Product(id, sku, name, null, List.of("c1"), new UnitRef("796", "шт", null, null), null, null,
                null, values, List.of(), List.of(), List.of(), List.of(), null, deleted);
    }

    public static Product deletedProduct(String id, String name) {
        return product(id, name, null, List.of(), true);
    }

    public static Offer offer(String productId, String variantId, String name) {
        return new Offer(new OfferKey(productId, variantId), name, null, null, null, List.of(), List.of(), null,
                false);
    }

    public static Price price(String productId, String variantId, String type, String amount) {
        return new Price(new OfferKey(productId, variantId), type, new BigDecimal(amount), "RUB", null, null);
    }

    public static Stock stock(String productId, String variantId, String warehouse, String quantity) {
        return new Stock(new OfferKey(productId, variantId), warehouse, new BigDecimal(quantity));
    }

    public static PriceType priceType(String id, String name) {
        return new PriceType(id, name, "RUB", null, null, false);
    }

    public static Warehouse warehouse(String id, String name) {
        return new Warehouse(id, name, false);
    }

    public static Category category(String id, String parentId, String name) {
        return new Category(id, parentId, name, false);
    }

    public static Property dictionary(String id, String name, DictionaryValue... values) {
        return new Property(id, name, "Справочник", List.of(values), false);
    }

    public static Order order(String id) {
        return new Order(id, id, null, "Заказ товара", "Продавец", "RUB", null, null, List.of(), List.of(),
                List.of(), false);
    }

    public static Counterparty counterparty(String id, String name) {
        return new Counterparty(id, name, null, null, null, "7700000000", null, null, List.of(), List.of(),
                List.of(), List.of(), null, false);
    }
}
