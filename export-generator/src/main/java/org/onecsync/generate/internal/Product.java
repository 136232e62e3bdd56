package org.onecsync.generate.internal;

import java.util.List;

/**
 * One generated product with its variants, as {@link ProductFactory} builds it from the seed and the
 * product's index alone. Prices and stock are not stored here: {@link Pricing} computes them.
 *
 * @param index the product's position in the export, from 0
 * @param id its GUID
 * @param version its {@code НомерВерсии}
 * @param barcode its EAN-13, or empty
 * @param article its {@code Артикул}
 * @param name its {@code Наименование}
 * @param unit its base unit's padded code ({@code "796 "})
 * @param groupId the GUID of its (leaf) group
 * @param description its description; contains {@code <br>} as text
 * @param images its image paths relative to {@code goods/}; an empty string stands for {@code <Картинка/>}
 * @param captions one caption per image, in the same order (empty for an empty image)
 * @param country its {@code Страна}
 * @param manufacturer its manufacturer
 * @param properties its {@code ЗначенияСвойств}
 * @param kind its {@code ВидНоменклатуры}
 * @param code its {@code Код} requisite
 * @param dimensions its {@code Ширина}, {@code Длина}, {@code Высота}
 * @param variants its variants; empty when the product is its own only offer
 */
public record Product(int index, String id, String version, String barcode, String article, String name,
        String unit, String groupId, String description, List<String> images, List<String> captions,
        String country, ReferenceData.Manufacturer manufacturer, List<PropertyValue> properties, String kind,
        String code, List<String> dimensions, List<Variant> variants) {

    /**
     * A property value: a value id, a literal, or empty.
     *
     * @param id the property's id
     * @param value the value as written ({@code ""} for {@code <Значение/>})
     */
    public record PropertyValue(String id, String value) {
    }

    /**
     * A {@code ХарактеристикаТовара}.
     *
     * @param name the offer property's name
     * @param value the value in 1C's presentation ({@code 21,6}), or empty
     */
    public record Characteristic(String name, String value) {
    }

    /**
     * A variant: an offer of its own, with the id {@code productGuid#variantGuid}.
     *
     * @param id the full offer id
     * @param version its {@code НомерВерсии}
     * @param name its name, {@code "Product name (size)"}
     * @param characteristics its characteristics, one per offer property
     * @param properties its offer property values, one per offer property
     */
    public record Variant(String id, String version, String name, List<Characteristic> characteristics,
            List<PropertyValue> properties) {
    }

    /**
     * @return how many offers carry this product's prices and stock: its variants, or the product itself
     */
    public int offerCount() {
        return variants.isEmpty() ? 1 : variants.size();
    }

    /**
     * @param offer an offer index below {@link #offerCount()}
     * @return that offer's id: the variant's {@code product#variant} id, or the bare product id
     */
    public String offerId(int offer) {
        return variants.isEmpty() ? id : variants.get(offer).id();
    }
}
