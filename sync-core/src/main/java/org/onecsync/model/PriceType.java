package org.onecsync.model;

/**
 * A price type ({@code ТипЦены}); 2.x lists them in the offers package, 3.1 in the classifier.
 *
 * @param id the price type id (sometimes its name, e.g. {@code Отпускная цена})
 * @param name its name
 * @param currency the currency as written ({@code RUB}, {@code руб}), or {@code null}
 * @param taxName the tax it accounts for ({@code НДС}), or {@code null}
 * @param taxIncluded whether that tax is included in the amount, or {@code null} when not stated
 * @param deleted whether 1C marked it for deletion
 */
public record PriceType(String id, String name, String currency, String taxName, Boolean taxIncluded,
                        boolean deleted) implements CatalogRecord {

    @Override
    public EntityType type() {
        return EntityType.PRICE_TYPE;
    }

    @Override
    public String key() {
        return id;
    }
}
