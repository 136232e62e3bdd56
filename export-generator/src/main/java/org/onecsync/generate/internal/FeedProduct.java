package org.onecsync.generate.internal;

import java.util.List;

/**
 * One product of a CSV or JSON feed, as {@link FeedProducts} derives it from the seed and its index.
 *
 * @param index the product's position, from 0
 * @param sku its SKU, unique in the feed (1C's {@code Код}, {@code УТ-00000001})
 * @param name its name
 * @param description its description, HTML {@code <br>} kept; some hold {@code ;}, quotes, a line break and a
 *     backslash
 * @param price its price in kopecks
 * @param oldPrice its price before a discount in kopecks, above {@code price}; -1 when it has none
 * @param stock its quantity in stock over all warehouses and variants
 * @param categoryPath its category's names from the root
 * @param active whether it is on sale
 * @param barcode its EAN-13, or empty
 * @param unit its unit's short name ({@code шт})
 * @param characteristics its characteristics, names unique, values not empty
 * @param numbersAsText whether a JSON feed writes its price, old price and stock as strings with a decimal
 *     comma
 * @param characteristicsAsList whether a JSON feed writes its characteristics as {@code [{name,value}]}
 */
public record FeedProduct(int index, String sku, String name, String description, long price, long oldPrice,
        long stock, List<String> categoryPath, boolean active, String barcode, String unit,
        List<Product.Characteristic> characteristics, boolean numbersAsText, boolean characteristicsAsList) {

    /** How category names are joined into a path in both formats. */
    public static final String PATH_SEPARATOR = " / ";

    /**
     * @return the category path joined by {@link #PATH_SEPARATOR}
     */
    public String category() {
        return String.join(PATH_SEPARATOR, categoryPath);
    }

    /**
     * @param kopecks an amount in kopecks
     * @param grouping what goes between thousands ({@code ""} for none)
     * @return the amount with a decimal comma and two decimals when it has kopecks: {@code 1 234,50},
     *     {@code 6 990}
     */
    public static String commaAmount(long kopecks, String grouping) {
        String whole = Long.toString(kopecks / 100);
        StringBuilder out = new StringBuilder(whole.length() + 6);
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(grouping);
            }
            out.append(whole.charAt(i));
        }
        long fraction = kopecks % 100;
        if (fraction != 0) {
            out.append(',').append((char) ('0' + fraction / 10)).append((char) ('0' + fraction % 10));
        }
        return out.toString();
    }
}
