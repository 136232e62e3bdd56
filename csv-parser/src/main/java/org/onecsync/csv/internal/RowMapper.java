package org.onecsync.csv.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecsync.feed.CategoryPaths;

/**
 * Converts one record's cells into a {@link CsvRow}, or a {@link CsvProblem} naming the first field that
 * cannot be read: a row is applied whole or not at all, never with a guessed value.
 */
final class RowMapper {

    private final ColumnLayout layout;
    private final DecimalParser decimals;
    /** The profile's category separator, or {@code null} to let {@link CategoryPaths} sniff one per value. */
    private final String categorySeparator;

    RowMapper(ColumnLayout layout, DecimalParser decimals, String categorySeparator) {
        this.layout = layout;
        this.decimals = decimals;
        this.categorySeparator = categorySeparator;
    }

    /** Hands the row, or the reason it is skipped, to {@code sink}. */
    void map(long line, String[] cells, CsvSink sink) {
        try {
            sink.row(convert(line, cells));
        } catch (BadValue e) {
            // The SKU, when there is one, lets the report name the product and not only the line.
            sink.problem(new CsvProblem(line, text(cells, "sku"), e.field, e.getMessage()));
        }
    }

    private CsvRow convert(long line, String[] cells) {
        String sku = text(cells, "sku");
        if (sku == null) {
            throw new BadValue("sku", "empty");
        }
        String name = text(cells, "name");
        if (name == null) {
            throw new BadValue("name", "empty");
        }
        String category = text(cells, "category");
        String active = text(cells, "active");
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        layout.prices().forEach((type, col) -> putIfPresent(prices, type, amount("price." + type, cell(cells, col))));
        Map<String, BigDecimal> stocks = new LinkedHashMap<>();
        layout.stocks().forEach((wh, col) -> putIfPresent(stocks, wh, amount("stock." + wh, cell(cells, col))));
        return new CsvRow(line,
                text(cells, "externalId"),
                sku,
                name,
                raw(cells, "description"),
                amount("price", text(cells, "price")),
                amount("oldPrice", text(cells, "oldPrice")),
                amount("stock", text(cells, "stock")),
                category == null ? List.of() : CategoryPaths.split(category, categorySeparator),
                active == null ? null : bool(active),
                text(cells, "barcode"),
                text(cells, "unit"),
                prices,
                stocks);
    }

    /** {@return the field's last non-blank cell, stripped, or {@code null}} */
    private String text(String[] cells, String field) {
        String value = raw(cells, field);
        return value == null ? null : value.strip();
    }

    /** {@return the field's last non-blank cell as written (a description keeps its layout), or {@code null}} */
    private String raw(String[] cells, String field) {
        List<Integer> cols = layout.fields().get(field);
        if (cols == null) {
            return null;
        }
        String value = null;
        for (int col : cols) {
            String cell = cell(cells, col);
            if (cell != null) {
                value = cell;
            }
        }
        return value;
    }

    /** {@return the cell, or {@code null} when the row is short or the cell blank: empty means no value} */
    private static String cell(String[] cells, int col) {
        if (col >= cells.length || cells[col] == null || cells[col].isBlank()) {
            return null;
        }
        return cells[col];
    }

    private BigDecimal decimal(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return decimals.parse(text);
        } catch (NumberFormatException e) {
            throw new BadValue(field, e.getMessage());
        }
    }

    /** A price or a quantity: a number, and not below zero (a price or stock of -5 is a typo, not data). */
    private BigDecimal amount(String field, String text) {
        BigDecimal value = decimal(field, text);
        if (value != null && value.signum() < 0) {
            throw new BadValue(field, "'" + text + "' is negative");
        }
        return value;
    }

    private static Boolean bool(String text) {
        try {
            return BooleanParser.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadValue("active", e.getMessage());
        }
    }

    private static void putIfPresent(Map<String, BigDecimal> map, String key, BigDecimal value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** A cell that cannot be read; unwinds the conversion of one row. */
    private static final class BadValue extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;

        BadValue(String field, String reason) {
            super(reason, null, false, false);
            this.field = field;
        }
    }
}
