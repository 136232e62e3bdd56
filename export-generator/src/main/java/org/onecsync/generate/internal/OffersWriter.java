package org.onecsync.generate.internal;

import java.io.IOException;
import org.onecsync.generate.internal.Product.Characteristic;
import org.onecsync.generate.internal.Product.PropertyValue;
import org.onecsync.generate.internal.Product.Variant;

/**
 * Writes a product's variants to an offers page: one {@code Предложение} per variant, with its
 * characteristics (1C's presentation: {@code 21,6}, {@code -999 999 999,9}) and its offer property values
 * (plain: {@code 21.6}, {@code -999999999.9}, value ids). A product without variants writes nothing here:
 * its own offer is implied.
 */
public final class OffersWriter {

    private OffersWriter() {
    }

    /**
     * @param w the offers page's writer, inside {@code Предложения}
     * @param product the product, with at least one variant
     * @throws IOException if writing fails
     */
    public static void write(CmlXmlWriter w, Product product) throws IOException {
        String groupCode = Integer.toString(5000 + Math.floorMod(product.groupId().hashCode(), 900));
        for (Variant variant : product.variants()) {
            w.start("Предложение");
            w.element("Ид", variant.id());
            w.element("НомерВерсии", variant.version());
            w.element("ПометкаУдаления", "false");
            w.element("Наименование", variant.name());
            w.start("ХарактеристикиТовара");
            for (Characteristic characteristic : variant.characteristics()) {
                w.pair("ХарактеристикаТовара", "Наименование", characteristic.name(),
                        "Значение", characteristic.value());
            }
            w.end("ХарактеристикиТовара");
            w.start("ЗначенияСвойств");
            for (PropertyValue value : variant.properties()) {
                w.start("ЗначенияСвойства");
                w.element("Ид", value.id());
                w.element("Значение", value.value());
                w.end("ЗначенияСвойства");
            }
            w.end("ЗначенияСвойств");
            w.element("КодГруппыТоваров", groupCode);
            w.element("Ширина", product.dimensions().get(0));
            w.element("Длина", product.dimensions().get(1));
            w.element("Высота", product.dimensions().get(2));
            w.end("Предложение");
        }
    }
}
