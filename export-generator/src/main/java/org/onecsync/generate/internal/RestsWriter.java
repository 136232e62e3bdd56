package org.onecsync.generate.internal;

import java.io.IOException;

/**
 * Writes the stock of a product's offers to a rests page: one {@code Предложение} per offer with one
 * {@code Остаток} per warehouse.
 */
public final class RestsWriter {

    private RestsWriter() {
    }

    /**
     * @param w the rests page's writer, inside {@code Предложения}
     * @param refs the reference data
     * @param product the product
     * @param firstOrdinal the position of the product's first offer among all offers of the export
     * @param revision the export's revision
     * @return how many {@code Остаток} elements were written
     * @throws IOException if writing fails
     */
    public static int write(CmlXmlWriter w, ReferenceData refs, Product product, long firstOrdinal, int revision)
            throws IOException {
        int written = 0;
        for (int offer = 0; offer < product.offerCount(); offer++) {
            w.start("Предложение");
            w.element("Ид", product.offerId(offer));
            w.start("Остатки");
            for (int warehouse = 0; warehouse < refs.warehouses().size(); warehouse++) {
                w.start("Остаток");
                w.start("Склад");
                w.element("Ид", refs.warehouses().get(warehouse).id());
                w.element("Количество", Long.toString(Pricing.stock(refs.seed(), product.index(), offer, warehouse,
                        firstOrdinal + offer, revision)));
                w.end("Склад");
                w.end("Остаток");
                written++;
            }
            w.end("Остатки");
            w.end("Предложение");
        }
        return written;
    }
}
