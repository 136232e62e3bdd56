package org.onecsync.generate.internal;

import java.io.IOException;

/**
 * Writes the prices of a product's offers to a prices page: one {@code Предложение} per offer (variant,
 * or the bare product id), with the price types {@link Pricing} gives it.
 */
public final class PricesWriter {

    private PricesWriter() {
    }

    /**
     * @param w the prices page's writer, inside {@code Предложения}
     * @param refs the reference data
     * @param product the product
     * @param firstOrdinal the position of the product's first offer among all offers of the export
     * @param revision the export's revision
     * @return how many {@code Цена} elements were written
     * @throws IOException if writing fails
     */
    public static int write(CmlXmlWriter w, ReferenceData refs, Product product, long firstOrdinal, int revision)
            throws IOException {
        int written = 0;
        for (int offer = 0; offer < product.offerCount(); offer++) {
            w.start("Предложение");
            w.element("Ид", product.offerId(offer));
            w.start("Цены");
            for (int type = 0; type < refs.priceTypes().size(); type++) {
                long kopecks = Pricing.price(refs, product.index(), offer, type, firstOrdinal + offer, revision);
                if (kopecks < 0) {
                    continue;
                }
                w.start("Цена");
                w.element("Представление", Numbers.pricePresentation(kopecks));
                w.element("ИдТипаЦены", refs.priceTypes().get(type).id());
                w.element("ЦенаЗаЕдиницу", Numbers.price(kopecks));
                w.element("Валюта", "руб");
                w.start("Налог");
                w.element("Наименование", "НДС");
                w.element("УчтеноВСумме", "true");
                w.end("Налог");
                w.end("Цена");
                written++;
            }
            w.end("Цены");
            w.end("Предложение");
        }
        return written;
    }
}
