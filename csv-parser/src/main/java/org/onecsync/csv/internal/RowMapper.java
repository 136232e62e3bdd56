package org.onecsync.csv.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts one record's cells into a {@link CsvRow}, or a {@link CsvProblem} naming the first field that
 * cannot be read: a row is applied whole or not at all, never with a guessed value.
 */
final class RowMapper {

    private final ColumnLayout layout;
    private final DecimalParser decimals;
    private final CategoryPathSplitter categories;

    RowMapper(ColumnLayout layout, DecimalParser decimals, CategoryPathSplitter categories) {
        this.layout = layout;
        this.decimals = decimals;
        this.categories = categories;
    }

    /** Hands the row, or the reason it is skipped, to {@code sink}. */
    void map(long line, String[] cells, CsvSink sink) {
        try {
            sink.row(convert(line, cells));
        } catch (BadValue e) {
            sink.problem(new CsvProblem(line, e.field, e.getMessage()));
        }
    }

    private CsvRow convert(long line, String[] cells) {
        String sku = text(cells, "sku");
        if (sku == null) {
            throw new BadValue("sku", "no sku");
        }
        String name = text(cells, "name");
        if (name == null) {
            throw new BadValue("name", "no name");
        }
        String category = text(cells, "category");
        String active = text(cells, "active");
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        layout.prices().forEach((type, col) -> putIfPresent(prices, type, decimal("price." + type, cell(cells, col))));
        Map<String, BigDecimal> stocks = new LinkedHashMap<>();
        layout.stocks().forEach((wh, col) -> putIfPresent(stocks, wh, decimal("stock." + wh, cell(cells, col))));
        return new CsvRow(line,
                text(cells, "externalId"),
                sku,
                name,
                raw(cells, "description"),
                decimal("price", text(cells, "price")),
                decimal("oldPrice", text(cells, "oldPrice")),
                decimal("stock", text(cells, "stock")),
                category == null ? List.of() : categories.split(category),
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
