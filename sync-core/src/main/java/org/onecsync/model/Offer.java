package org.onecsync.model;

import java.util.List;

/**
 * An offer ({@code Предложение} with a name): the sellable product or one of its variants.
 * Prices and stock that an offer carries are separate {@link Price} and {@link Stock} records.
 *
 * @param offerKey the offer's identity
 * @param name {@code Наименование}
 * @param sku {@code Артикул}, or {@code null}
 * @param barcode {@code Штрихкод}, or {@code null}
 * @param unit the base unit, or {@code null}
 * @param characteristics the variant's characteristics
 * @param propertyValues its property values
 * @param version 1C's opaque change stamp ({@code НомерВерсии}, 3.1), or {@code null}
 * @param deleted whether 1C marked it for deletion
 */
public record Offer(OfferKey offerKey, String name, String sku, String barcode, UnitRef unit,
                    List<Characteristic> characteristics, List<PropertyValue> propertyValues,
                    String version, boolean deleted) implements CatalogRecord {

    /**
     * Creates an offer, keeping copies of its lists so that the record stays immutable.
     *
     * @param offerKey the offer's identity
     * @param name {@code Наименование}
     * @param sku {@code Артикул}, or {@code null}
     * @param barcode {@code Штрихкод}, or {@code null}
     * @param unit the base unit, or {@code null}
     * @param characteristics the variant's characteristics
     * @param propertyValues its property values
     * @param version 1C's opaque change stamp ({@code НомерВерсии}), or {@code null}
     * @param deleted whether 1C marked it for deletion
     */
    public Offer {
        characteristics = List.copyOf(characteristics);
        propertyValues = List.copyOf(propertyValues);
    }

    @Override
    public EntityType type() {
        return EntityType.OFFER;
    }

    /** The offer id as 1C writes it: {@code product#variant}, or {@code product}. */
    @Override
    public String key() {
        return offerKey.toString();
    }
}
