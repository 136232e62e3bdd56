package org.onecsync.csv.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onecsync.csv.CsvProfile;
import org.onecsync.parse.ParseException;

/**
 * Turns a header row and a profile into a {@link ColumnLayout}. The profile wins: the columns it names are
 * taken first and the dictionary only fills the fields it leaves out, and its {@code price.*} /
 * {@code stock.*} entries switch off the dictionary's guessing of price-type and warehouse columns. Anything
 * the profile names that is not in the file fails at once: a silently empty field would look like data.
 */
final class ColumnResolver {

    private final CsvProfile profile;
    private final String fileName;

    ColumnResolver(CsvProfile profile, String fileName) {
        this.profile = profile;
        this.fileName = fileName;
    }

    /**
     * Resolves the layout.
     *
     * @param header the header row, or {@code null} when the profile says there is none
     * @param headerLine the header's line, for messages
     * @return the layout
     * @throws ParseException when the profile names a column that is not there, or sku or name has no column
     */
    ColumnLayout resolve(String[] header, long headerLine) {
        Set<Integer> claimed = new HashSet<>();
        Map<String, List<Integer>> fields = new LinkedHashMap<>();
        profile.columns().forEach((field, refs) -> {
            List<Integer> cols = new ArrayList<>();
            for (String ref : refs) {
                cols.add(index("column." + field, ref, header, headerLine));
            }
            claimed.addAll(cols);
            fields.put(field, cols);
        });
        Map<String, Integer> prices = new LinkedHashMap<>();
        profile.priceColumns().forEach((type, ref) -> prices.put(type, index("price." + type, ref, header, headerLine)));
        Map<String, Integer> stocks = new LinkedHashMap<>();
        profile.stockColumns().forEach((wh, ref) -> stocks.put(wh, index("stock." + wh, ref, header, headerLine)));
        claimed.addAll(prices.values());
        claimed.addAll(stocks.values());

        if (header != null) {
            for (int i = 0; i < header.length; i++) {
                if (claimed.contains(i)) {
                    continue;
                }
                String field = HeaderAliases.field(header[i]);
                if (field != null) {
                    if (!profile.columns().containsKey(field)) {
                        fields.computeIfAbsent(field, f -> new ArrayList<>()).add(i);
                    }
                    continue;
                }
                String type = HeaderAliases.priceType(header[i]);
                if (type != null && profile.priceColumns().isEmpty()) {
                    prices.putIfAbsent(type, i);
                    continue;
                }
                String warehouse = HeaderAliases.warehouse(header[i]);
                if (warehouse != null && profile.stockColumns().isEmpty()) {
                    stocks.putIfAbsent(warehouse, i);
                }
            }
        }
        requireColumn("sku", fields, header, headerLine);
        requireColumn("name", fields, header, headerLine);
        return new ColumnLayout(fields, prices, stocks);
    }

    private int index(String key, String ref, String[] header, long headerLine) {
        String r = ref.strip();
        if (!r.isEmpty() && r.chars().allMatch(Character::isDigit)) {
            int n = Integer.parseInt(r);
            if (header != null && n > header.length) {
                throw new ParseException(fileName, headerLine, -1, "profile " + key + "=" + r
                        + " names column " + n + ", but the header has " + header.length + " columns", null);
            }
            return n - 1;
        }
        if (header == null) {
            throw new ParseException(fileName, -1, -1, "profile " + key + "=" + r
                    + " names a header, but the profile says header=false; give a column number", null);
        }
        String wanted = HeaderAliases.normalise(r);
        for (int i = 0; i < header.length; i++) {
            if (HeaderAliases.normalise(header[i]).equals(wanted)) {
                return i;
            }
        }
        throw new ParseException(fileName, headerLine, -1, "profile " + key + " names column '" + r
                + "', which is not in the header " + describe(header), null);
    }

    private void requireColumn(String field, Map<String, List<Integer>> fields, String[] header, long headerLine) {
        if (fields.containsKey(field)) {
            return;
        }
        if (header == null) {
            throw new ParseException(fileName, -1, -1, "no column for " + field
                    + ": without a header the profile must give column." + field + "=<number>", null);
        }
        throw new ParseException(fileName, headerLine, -1, "no " + field + " column in the header "
                + describe(header) + "; name one in a profile (column." + field + "=...)", null);
    }

    /** The header for a message: one line, however the cells were quoted, and not longer than a screen. */
    private static String describe(String[] header) {
        String text = String.join(" | ", header).replaceAll("[\\r\\n]+", " ");
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
