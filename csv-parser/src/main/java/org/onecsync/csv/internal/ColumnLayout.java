package org.onecsync.csv.internal;

import java.util.List;
import java.util.Map;

/**
 * Which 0-based columns feed which field, price type and warehouse, once the header and profile are resolved.
 *
 * @param fields columns per field of {@code CsvProfile.FIELDS}; with several, the last non-empty wins
 * @param prices column per price type name, in column order (or the profile's)
 * @param stocks column per warehouse name, in column order (or the profile's)
 */
record ColumnLayout(Map<String, List<Integer>> fields, Map<String, Integer> prices, Map<String, Integer> stocks) {

    ColumnLayout {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        prices = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(prices));
        stocks = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stocks));
    }

    /** {@return the highest column index used, or -1} */
    int maxIndex() {
        int max = -1;
        for (List<Integer> cols : fields.values()) {
            for (int c : cols) {
                max = Math.max(max, c);
            }
        }
        for (int c : prices.values()) {
            max = Math.max(max, c);
        }
        for (int c : stocks.values()) {
            max = Math.max(max, c);
        }
        return max;
    }
}
