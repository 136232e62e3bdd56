package org.onecsync.generate.internal;

/**
 * Prices and stock as small pure functions of (seed, product index, offer index, price type or warehouse,
 * revision). {@code ordinal} is the offer's position among all offers of the export (from 0); a revision
 * above 0 changes the prices of every 10th offer ({@code (ordinal + 1) % 10 == 0}) and the stock of every
 * 5th, and leaves everything else as revision 0 has it.
 */
public final class Pricing {

    /** The share, in percent, of non-retail price types an offer has. */
    public static final int PRICE_TYPE_PERCENT = 85;

    private static final long[] RETAIL_RUBLES = {190, 290, 490, 690, 990, 1290, 1490, 1990, 2490, 2990, 3490,
        4990, 5990, 6990, 8990, 12990, 19990, 29990, 49990};

    private Pricing() {
    }

    /**
     * @param ordinal the offer's position among all offers of the export
     * @param revision the export's revision
     * @return whether this revision changes the offer's prices
     */
    public static boolean priceChanged(long ordinal, int revision) {
        return revision > 0 && (ordinal + 1) % 10 == 0;
    }

    /**
     * @param ordinal the offer's position among all offers of the export
     * @param revision the export's revision
     * @return whether this revision changes the offer's stock
     */
    public static boolean stockChanged(long ordinal, int revision) {
        return revision > 0 && (ordinal + 1) % 5 == 0;
    }

    /**
     * The retail price, in kopecks: whole rubles ending in 90.
     *
     * @param seed the export seed
     * @param product the product index
     * @param offer the offer index within the product
     * @param ordinal the offer's position among all offers of the export
     * @param revision the export's revision
     * @return the retail price in kopecks
     */
    public static long retail(long seed, int product, int offer, long ordinal, int revision) {
        long h = Rng.hash(seed, 200, product);
        long rubles = RETAIL_RUBLES[(int) Long.remainderUnsigned(h, RETAIL_RUBLES.length)];
        if ((h >>> 40) % 3 == 0) {
            rubles += offer * 100L;
        }
        if (priceChanged(ordinal, revision)) {
            long change = Long.remainderUnsigned(Rng.hash(seed, 201, product, offer, revision), 25) - 12;
            long changed = Math.max(90, (rubles * (100 + change) / 100 + 50) / 100 * 100 - 10);
            rubles = changed == rubles ? rubles + 100 : changed;
        }
        return rubles * 100;
    }

    /**
     * The price of one price type, in kopecks, rounded to 50 kopecks; or -1 when the offer has no price of
     * that type. The retail type (index 0) is always present.
     *
     * @param refs the reference data
     * @param product the product index
     * @param offer the offer index within the product
     * @param type the price type's index in {@link ReferenceData#priceTypes()}
     * @param ordinal the offer's position among all offers of the export
     * @param revision the export's revision
     * @return the price in kopecks, or -1
     */
    public static long price(ReferenceData refs, int product, int offer, int type, long ordinal, int revision) {
        if (type > 0 && Long.remainderUnsigned(Rng.hash(refs.seed(), 202, product, offer, type), 100)
                >= PRICE_TYPE_PERCENT) {
            return -1;
        }
        long retail = retail(refs.seed(), product, offer, ordinal, revision);
        long price = retail * refs.priceTypes().get(type).percent() / 100;
        return (price + 25) / 50 * 50;
    }

    /**
     * The quantity in stock at one warehouse: 0 for about 40% of rows, otherwise 1 to 250.
     *
     * @param seed the export seed
     * @param product the product index
     * @param offer the offer index within the product
     * @param warehouse the warehouse's index
     * @param ordinal the offer's position among all offers of the export
     * @param revision the export's revision
     * @return the quantity
     */
    public static long stock(long seed, int product, int offer, int warehouse, long ordinal, int revision) {
        long quantity = quantity(Rng.hash(seed, 203, product, offer, warehouse));
        if (stockChanged(ordinal, revision)) {
            long changed = quantity(Rng.hash(seed, 204, product, offer, warehouse, revision));
            quantity = changed == quantity ? quantity + 1 : changed;
        }
        return quantity;
    }

    private static long quantity(long h) {
        return Long.remainderUnsigned(h, 100) < 40 ? 0 : 1 + Long.remainderUnsigned(h >>> 8, 250);
    }
}
