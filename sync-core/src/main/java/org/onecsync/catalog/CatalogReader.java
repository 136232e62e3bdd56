package org.onecsync.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.Counterparty;
import org.onecsync.model.EntityType;
import org.onecsync.model.OfferKey;
import org.onecsync.model.PriceType;
import org.onecsync.model.Product;
import org.onecsync.model.RecordKey;
import org.onecsync.model.Unit;
import org.onecsync.model.Warehouse;

/**
 * Reads the synced catalog as committed. Every list is in key order (ids compared as UTF-8 bytes) unless
 * it says otherwise. Inactive rows are returned too, flagged; a shop filters on {@code active()}.
 *
 * <p>Implemented by every store; it never creates or migrates a database (a missing one is a
 * {@link org.onecsync.store.StoreException} of kind {@code NOT_FOUND}).
 */
public interface CatalogReader {

    /**
     * @param id a product id
     * @return the product, if stored
     */
    Optional<Synced<Product>> product(String id);

    /**
     * @param sku an SKU ({@code Артикул}), compared exactly
     * @return the products with that SKU, by id
     */
    List<Synced<Product>> productsBySku(String sku);

    /**
     * A page of products in id order, for walking the whole catalog.
     *
     * @param afterId the last id of the previous page, or {@code null} for the first
     * @param limit how many at most
     * @return the products after {@code afterId}
     */
    List<Synced<Product>> products(String afterId, int limit);

    /**
     * @param productId a product id
     * @return its sellable items: its variant offers, or its own offer when it has none; empty when the product
     *         is not stored
     */
    List<CatalogOffer> offers(String productId);

    /**
     * @param offer an offer
     * @return its prices, by price type id
     */
    List<OfferPrice> prices(OfferKey offer);

    /**
     * @param offer an offer
     * @return its stock per warehouse and in total
     */
    StockLevels stock(OfferKey offer);

    /** {@return every category, parents before children, siblings by name then id} */
    List<CategoryNode> categories();

    /**
     * @param productId a product id
     * @return its property values with names and dictionary values resolved, in the order 1C sent them
     */
    List<ResolvedProperty> properties(String productId);

    /** {@return every price type} */
    List<Synced<PriceType>> priceTypes();

    /** {@return every warehouse} */
    List<Synced<Warehouse>> warehouses();

    /** {@return every unit of measure} */
    List<Synced<Unit>> units();

    /**
     * @param id a counterparty id
     * @return the counterparty, if stored
     */
    Optional<Synced<Counterparty>> counterparty(String id);

    /**
     * A page of counterparties in id order.
     *
     * @param afterId the last id of the previous page, or {@code null} for the first
     * @param limit how many at most
     * @return the counterparties after {@code afterId}
     */
    List<Synced<Counterparty>> counterparties(String afterId, int limit);

    /**
     * The stored records of some keys of one entity, for a consumer of the change feed.
     *
     * @param type the entity
     * @param keys keys of the entity's key type
     * @return an entry for every key that is stored
     */
    Map<RecordKey, Synced<CatalogRecord>> records(EntityType type, Collection<? extends RecordKey> keys);
}
