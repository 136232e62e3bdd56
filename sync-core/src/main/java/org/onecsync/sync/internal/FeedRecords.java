package org.onecsync.sync.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.onecsync.feed.FeedPrice;
import org.onecsync.feed.FeedProduct;
import org.onecsync.feed.FeedStock;
import org.onecsync.feed.FeedVariant;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.Image;
import org.onecsync.model.Offer;
import org.onecsync.model.OfferKey;
import org.onecsync.model.Price;
import org.onecsync.model.PriceType;
import org.onecsync.model.Product;
import org.onecsync.model.Stock;
import org.onecsync.model.UnitRef;

/**
 * The records of one feed product: the product (what the feed carries over what is stored), an offer per
 * variant, and the prices and stock of the product and its variants. A product with variants is sold as its
 * variants: its prices go to each variant that does not price that type itself. A deactivated product brings
 * only itself: its offers, prices and stock go inactive with it.
 */
final class FeedRecords {

    private FeedRecords() {
    }

    /**
     * @param feed the feed product
     * @param id its resolved id
     * @param stored the stored product with that id, or {@code null}
     * @param references finds or creates the price types, warehouses and categories named
     * @param emit receives the references that have to be created, before the records that need them
     * @return the product first, then offers, prices and stock
     * @throws Refused when the product cannot be built (a new product without a name)
     */
    static List<CatalogRecord> of(FeedProduct feed, String id, Product stored, FeedReferences references,
                                  Consumer<CatalogRecord> emit) {
        Product product = product(feed, id, stored, references, emit);
        List<CatalogRecord> records = new ArrayList<>();
        records.add(product);
        if (product.deleted()) {
            return records;
        }
        OfferKey own = new OfferKey(id, null);
        if (feed.variants().isEmpty()) {
            addPrices(records, own, feed.prices(), references, emit);
        }
        addStocks(records, own, feed.stocks(), references, emit);
        for (FeedVariant variant : feed.variants()) {
            String variantId = variant.externalId() != null && !variant.externalId().isBlank()
                    ? variant.externalId().strip() : FeedNames.variantId(id, variant.sku());
            OfferKey key = new OfferKey(id, variantId);
            records.add(new Offer(key, variant.name() != null ? variant.name() : product.name(), variant.sku(),
                    variant.barcodes().isEmpty() ? null : variant.barcodes().get(0), product.unit(),
                    variant.characteristics(), List.of(), null, false));
            addPrices(records, key, inherited(variant.prices(), feed.prices()), references, emit);
            addStocks(records, key, variant.stocks(), references, emit);
        }
        return records;
    }

    private static Product product(FeedProduct feed, String id, Product stored, FeedReferences references,
                                   Consumer<CatalogRecord> emit) {
        String name = feed.name() != null ? feed.name() : stored == null ? null : stored.name();
        if (name == null || name.isBlank()) {
            throw new Refused("name: a new product needs a name");
        }
        List<String> categories;
        if (feed.categoryPath() != null) {
            categories = feed.categoryPath().isEmpty() ? List.of()
                    : List.of(references.category(feed.categoryPath(), emit));
        } else {
            categories = stored == null ? List.of() : stored.categoryIds();
        }
        UnitRef unit = feed.unit() != null ? new UnitRef(null, feed.unit(), null, null)
                : stored == null ? null : stored.unit();
        String barcode = feed.barcodes() != null ? (feed.barcodes().isEmpty() ? null : feed.barcodes().get(0))
                : stored == null ? null : stored.barcode();
        List<Image> images = feed.images() != null ? feed.images().stream().map(path -> new Image(path, null)).toList()
                : stored == null ? List.of() : stored.images();
        return new Product(id, feed.sku() != null ? feed.sku() : stored == null ? null : stored.sku(), name,
                feed.description() != null ? feed.description() : stored == null ? null : stored.description(),
                categories, unit, barcode,
                stored == null ? null : stored.country(), stored == null ? null : stored.manufacturer(),
                stored == null ? List.of() : stored.propertyValues(),
                feed.characteristics() != null ? feed.characteristics()
                        : stored == null ? List.of() : stored.characteristics(),
                stored == null ? List.of() : stored.requisites(), images,
                stored == null ? List.of() : stored.taxRates(), stored == null ? null : stored.version(),
                Boolean.FALSE.equals(feed.active()));
    }

    private static void addPrices(List<CatalogRecord> records, OfferKey offer, List<FeedPrice> prices,
                                  FeedReferences references, Consumer<CatalogRecord> emit) {
        for (FeedPrice price : prices) {
            PriceType type = references.priceType(price, emit);
            records.add(new Price(offer, type.id(), price.amount(),
                    price.currency() != null ? price.currency() : type.currency(), null, null));
        }
    }

    /**
     * A variant's prices and, for each price of the product whose type the variant does not price itself, the
     * product's: a product with variants is sold only as its variants, so its own price is theirs unless they
     * say otherwise.
     */
    private static List<FeedPrice> inherited(List<FeedPrice> own, List<FeedPrice> product) {
        if (product.isEmpty()) {
            return own;
        }
        List<FeedPrice> all = new ArrayList<>(own);
        for (FeedPrice price : product) {
            boolean priced = own.stream().anyMatch(p -> p.slot() == price.slot() && (price.slot() != FeedPrice.Slot.NAMED
                    || FeedNames.key(p.type()).equals(FeedNames.key(price.type()))));
            if (!priced) {
                all.add(price);
            }
        }
        return all;
    }

    private static void addStocks(List<CatalogRecord> records, OfferKey offer, List<FeedStock> stocks,
                                  FeedReferences references, Consumer<CatalogRecord> emit) {
        for (FeedStock stock : stocks) {
            String warehouse = stock.warehouse() == null || stock.warehouse().isBlank() ? null
                    : references.warehouse(stock.warehouse(), emit);
            records.add(new Stock(offer, warehouse, stock.quantity()));
        }
    }

    /** A feed product that cannot become records; the message says why, for the report. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
