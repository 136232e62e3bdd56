package org.onecsync.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import org.onecsync.catalog.CatalogOffer;
import org.onecsync.catalog.CatalogReader;
import org.onecsync.catalog.OfferPrice;
import org.onecsync.catalog.StockLevels;
import org.onecsync.catalog.Synced;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.model.Product;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.SyncEngine;

/**
 * Imports an export into a database, then answers a shop's everyday question through {@link CatalogReader}:
 * "what are the name, retail price and stock of product X?".
 *
 * <pre>
 * java … org.onecsync.examples.ProductQuestions examples/sample-export jdbc:sqlite:shop.db PRODUCT_ID_OR_SKU
 * </pre>
 */
public final class ProductQuestions {

    /** The price type a shop shows as its retail price (the generated sample export calls it so). */
    static final String RETAIL = "Розничная";

    private ProductQuestions() {
    }

    /**
     * @param args the export, a JDBC URL and a product id or SKU
     * @throws IOException if the export cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ProductQuestions EXPORT JDBC_URL PRODUCT_ID_OR_SKU");
            System.exit(2);
        }
        try (JdbiCatalogStore store = JdbiCatalogStore.open(args[1])) {
            importExport(store, Path.of(args[0]));
            answer(store.reader(), args[2], System.out);
        }
    }

    static void importExport(JdbiCatalogStore store, Path export) throws IOException {
        try (ExportSource source = ExportSources.open(export)) {
            SyncEngine.builder(store).build().importExport(source, ImportOptions.defaults());
        }
    }

    /**
     * Prints each sellable offer of the product with its retail price and total stock.
     *
     * @return whether the product was found
     */
    static boolean answer(CatalogReader catalog, String idOrSku, PrintStream out) {
        Optional<Synced<Product>> product = catalog.product(idOrSku)
                .or(() -> catalog.productsBySku(idOrSku).stream().findFirst());
        if (product.isEmpty()) {
            out.println("no product " + idOrSku);
            return false;
        }
        out.println(product.get().record().name() + (product.get().active() ? "" : " (not sold)"));
        for (CatalogOffer offer : catalog.offers(product.get().record().id())) {
            BigDecimal retail = catalog.prices(offer.key()).stream()
                    .filter(price -> RETAIL.equals(price.priceTypeName()))
                    .map(OfferPrice::amount)
                    .findFirst().orElse(null);
            StockLevels stock = catalog.stock(offer.key());
            out.printf("  %s: retail %s, stock %s%n", offer.name(),
                    retail == null ? "none" : retail.toPlainString(),
                    stock.total() == null ? "none" : stock.total().toPlainString());
        }
        return true;
    }
}
