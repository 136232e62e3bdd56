package org.onecsync.model;

import java.util.List;

/**
 * A product ({@code Товар}) of a catalog.
 *
 * @param id the product id; when a 2.x catalog lists a variant as a product, the full {@code product#variant}
 * @param sku {@code Артикул}, or {@code null}
 * @param name {@code Наименование}
 * @param description {@code Описание} as text (escaped HTML stays text), or {@code null}
 * @param categoryIds the ids of the groups it belongs to
 * @param unit the base unit, or {@code null}
 * @param barcode {@code Штрихкод}, or {@code null}
 * @param country {@code Страна}, or {@code null}
 * @param manufacturer {@code Изготовитель}, or {@code null}
 * @param propertyValues its property values
 * @param characteristics characteristics written on the product itself (2.04)
 * @param requisites its requisites ({@code ЗначенияРеквизитов})
 * @param images its image references, with captions where 1C sent them
 * @param taxRates its tax rates
 * @param version 1C's opaque change stamp ({@code НомерВерсии}, 3.1), or {@code null}
 * @param deleted whether 1C marked it for deletion
 */
public record Product(String id, String sku, String name, String description, List<String> categoryIds,
                      UnitRef unit, String barcode, String country, Manufacturer manufacturer,
                      List<PropertyValue> propertyValues, List<Characteristic> characteristics,
                      List<Requisite> requisites, List<Image> images, List<TaxRate> taxRates,
                      String version, boolean deleted) implements CatalogRecord {

    /**
     * Creates a product, keeping copies of its lists so that the record stays immutable.
     *
     * @param id the product id
     * @param sku {@code Артикул}, or {@code null}
     * @param name {@code Наименование}
     * @param description {@code Описание} as text, or {@code null}
     * @param categoryIds the ids of the groups it belongs to
     * @param unit the base unit, or {@code null}
     * @param barcode {@code Штрихкод}, or {@code null}
     * @param country {@code Страна}, or {@code null}
     * @param manufacturer {@code Изготовитель}, or {@code null}
     * @param propertyValues its property values
     * @param characteristics characteristics written on the product itself
     * @param requisites its requisites ({@code ЗначенияРеквизитов})
     * @param images its image references
     * @param taxRates its tax rates
     * @param version 1C's opaque change stamp ({@code НомерВерсии}), or {@code null}
     * @param deleted whether 1C marked it for deletion
     */
    public Product {
        categoryIds = List.copyOf(categoryIds);
        propertyValues = List.copyOf(propertyValues);
        characteristics = List.copyOf(characteristics);
        requisites = List.copyOf(requisites);
        images = List.copyOf(images);
        taxRates = List.copyOf(taxRates);
    }

    @Override
    public EntityType type() {
        return EntityType.PRODUCT;
    }

    @Override
    public String key() {
        return id;
    }
}
