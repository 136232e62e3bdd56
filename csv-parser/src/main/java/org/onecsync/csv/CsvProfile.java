package org.onecsync.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.onecsync.parse.ParseException;

/**
 * How one supplier writes its CSV feed: a saved profile, as the import screens of WooCommerce, Bitrix and
 * PrestaShop keep them. Every setting has an "automatic" default, so an empty profile means "sniff
 * everything and match the header by the built-in dictionary of Russian and English names".
 *
 * <p>As a {@code .properties} file (read as UTF-8, so Cyrillic header names need no escapes):
 * <pre>
 * encoding=windows-1251          # auto (default) | utf-8 | windows-1251 | any Java charset name
 * separator=;                    # auto (default) | ; | , | tab (or \t) | |
 * header=true                    # the first line read is a header (default true)
 * skipLines=0                    # lines to skip before the header or the first data line
 * decimalSeparator=,             # auto (default) | , | .
 * column.sku=Артикул             # a header name or a 1-based column number
 * column.name=Наименование, Название   # several columns: the last non-empty value wins
 * price.Оптовая=Цена опт.        # one column per price type
 * stock.Склад\ МСК=7             # one column per warehouse (a space in a key is escaped)
 * categorySeparator=/            # auto (default): " / ", "|" or " > "
 * full=false                     # the feed is the complete product list (default false)
 * </pre>
 * The fields {@code column.<field>} accepts are {@link #FIELDS}. A column named in the profile takes
 * precedence over the dictionary; a {@code price.*} or {@code stock.*} entry turns off the dictionary's
 * recognition of several price or stock columns ({@code Цена опт.}, {@code Остаток МСК}).
 *
 * @param encoding the file's encoding, or {@code null} to detect it (BOM, then strict UTF-8, then windows-1251)
 * @param separator the field separator, or {@code null} to sniff it from the first line read
 * @param header whether the first line read (after {@code skipLines}) names the columns
 * @param skipLines how many physical lines to skip first (a title, a date line above the header)
 * @param decimalSeparator {@code ','} or {@code '.'}, or {@code null} to accept either
 * @param columns for each field of {@link #FIELDS} the profile maps, its columns (header names or 1-based
 *     numbers), in order: when several are non-empty, the last wins
 * @param priceColumns column per price type name, in the order given to the builder (a {@code .properties}
 *     file's sorted by name, as such a file keeps no order)
 * @param stockColumns column per warehouse name, in the same order
 * @param categorySeparator what separates the levels of a category path, or {@code null} to sniff
 *     {@code " / "}, {@code "|"} or {@code " > "} in each value
 * @param full whether the feed is the complete product list (products missing from it are missing)
 */
public record CsvProfile(
        Charset encoding,
        Character separator,
        boolean header,
        int skipLines,
        Character decimalSeparator,
        Map<String, List<String>> columns,
        Map<String, String> priceColumns,
        Map<String, String> stockColumns,
        String categorySeparator,
        boolean full) {

    /** The fields a {@code column.<field>} entry may name. */
    public static final Set<String> FIELDS = Collections.unmodifiableSet(new java.util.LinkedHashSet<>(List.of(
            "externalId", "sku", "name", "description", "price", "oldPrice", "stock", "category", "active",
            "barcode", "unit")));

    /** The separators a feed may use; anything else is refused rather than guessed at. */
    private static final String SEPARATORS = ";,\t|";

    /**
     * Validates the settings and makes the maps unmodifiable copies.
     *
     * @param encoding the file's encoding, or {@code null} to detect it
     * @param separator the field separator, or {@code null} to sniff it
     * @param header whether the first line read names the columns
     * @param skipLines how many physical lines to skip first
     * @param decimalSeparator {@code ','} or {@code '.'}, or {@code null} to accept either
     * @param columns columns per field of {@link #FIELDS}
     * @param priceColumns column per price type name
     * @param stockColumns column per warehouse name
     * @param categorySeparator the category path separator, or {@code null} to sniff
     * @param full whether the feed is the complete product list
     * @throws IllegalArgumentException for a setting out of range or an unknown field
     */
    public CsvProfile {
        if (separator != null && SEPARATORS.indexOf(separator) < 0) {
            throw new IllegalArgumentException("separator must be ; , tab or |, not '" + separator + "'");
        }
        if (skipLines < 0) {
            throw new IllegalArgumentException("skipLines must be 0 or more, not " + skipLines);
        }
        if (decimalSeparator != null && decimalSeparator != ',' && decimalSeparator != '.') {
            throw new IllegalArgumentException("decimalSeparator must be , or ., not '" + decimalSeparator + "'");
        }
        if (categorySeparator != null && categorySeparator.isBlank()) {
            throw new IllegalArgumentException("categorySeparator must not be blank");
        }
        Map<String, List<String>> cols = new LinkedHashMap<>();
        Objects.requireNonNull(columns, "columns").forEach((field, refs) -> {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("unknown field '" + field + "', expected one of " + FIELDS);
            }
            if (refs.isEmpty()) {
                throw new IllegalArgumentException("field '" + field + "' names no column");
            }
            refs.forEach(CsvProfile::checkColumnRef);
            cols.put(field, List.copyOf(refs));
        });
        Objects.requireNonNull(priceColumns, "priceColumns").values().forEach(CsvProfile::checkColumnRef);
        Objects.requireNonNull(stockColumns, "stockColumns").values().forEach(CsvProfile::checkColumnRef);
        columns = Collections.unmodifiableMap(cols);
        priceColumns = Collections.unmodifiableMap(new LinkedHashMap<>(priceColumns));
        stockColumns = Collections.unmodifiableMap(new LinkedHashMap<>(stockColumns));
    }

    private static void checkColumnRef(String ref) {
        if (ref == null || ref.isBlank()) {
            throw new IllegalArgumentException("a column must be a header name or a 1-based number, not empty");
        }
        if (ref.strip().chars().allMatch(Character::isDigit) && Long.parseLong(ref.strip()) < 1) {
            throw new IllegalArgumentException("column numbers start at 1, not " + ref.strip());
        }
    }

    /** {@return a profile that detects and sniffs everything: the default when none is given} */
    public static CsvProfile automatic() {
        return builder().build();
    }

    /** {@return a builder starting from the automatic defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a profile from a {@code .properties} file in UTF-8.
     *
     * @param file the profile
     * @return the profile
     * @throws ParseException one line naming the file and the key, for an unknown key or a bad value
     * @throws IOException when the file cannot be read
     */
    public static CsvProfile load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        }
    }

    /**
     * Reads a profile from {@code .properties} text in UTF-8.
     *
     * @param in the profile's bytes; not closed
     * @param fileName the name to report problems under
     * @return the profile
     * @throws ParseException one line naming the file and the key, for an unknown key or a bad value
     * @throws IOException when the stream cannot be read
     */
    public static CsvProfile load(InputStream in, String fileName) throws IOException {
        Properties props = new Properties();
        // Properties.load(InputStream) would read ISO-8859-1; a profile is written by people in UTF-8.
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder());
        try {
            props.load(reader);
        } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
            throw new ParseException(fileName, -1, -1, "not a UTF-8 properties file: " + e.getMessage(), e);
        }
        Builder b = builder();
        // Sorted, so that the first bad key reported is the same on every run.
        for (String key : new TreeSet<>(props.stringPropertyNames())) {
            String value = props.getProperty(key).strip();
            try {
                b.set(key, value);
            } catch (IllegalArgumentException e) {
                throw new ParseException(fileName, -1, -1, "key '" + key + "': " + e.getMessage(), e);
            }
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new ParseException(fileName, -1, -1, e.getMessage(), e);
        }
    }

    /** Builds a {@link CsvProfile}; every setting starts automatic. */
    public static final class Builder {
        private Charset encoding;
        private Character separator;
        private boolean header = true;
        private int skipLines;
        private Character decimalSeparator;
        private final Map<String, List<String>> columns = new LinkedHashMap<>();
        private final Map<String, String> priceColumns = new LinkedHashMap<>();
        private final Map<String, String> stockColumns = new LinkedHashMap<>();
        private String categorySeparator;
        private boolean full;

        private Builder() {
        }

        /**
         * Sets the encoding.
         *
         * @param name {@code auto} or a Java charset name ({@code utf-8}, {@code windows-1251}, …)
         * @return this builder
         */
        public Builder encoding(String name) {
            if (name.equalsIgnoreCase("auto")) {
                encoding = null;
                return this;
            }
            try {
                encoding = Charset.forName(name);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new IllegalArgumentException("unknown encoding '" + name + "'", e);
            }
            return this;
        }

        /**
         * Sets the separator.
         *
         * @param value {@code auto}, {@code tab}, {@code \t} or one of {@code ; , |}
         * @return this builder
         */
        public Builder separator(String value) {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "auto" -> separator = null;
                case "tab", "\\t", "\t" -> separator = '\t';
                default -> {
                    if (value.length() != 1 || SEPARATORS.indexOf(value.charAt(0)) < 0) {
                        throw new IllegalArgumentException("separator must be auto, ;, ,, tab or |, not '" + value + "'");
                    }
                    separator = value.charAt(0);
                }
            }
            return this;
        }

        /**
         * Sets whether the first line read names the columns.
         *
         * @param header {@code true} (the default) when it does
         * @return this builder
         */
        public Builder header(boolean header) {
            this.header = header;
            return this;
        }

        /**
         * Sets how many physical lines to skip first.
         *
         * @param skipLines 0 or more
         * @return this builder
         */
        public Builder skipLines(int skipLines) {
            this.skipLines = skipLines;
            return this;
        }

        /**
         * Sets the decimal separator.
         *
         * @param value {@code auto}, {@code ,} or {@code .}
         * @return this builder
         */
        public Builder decimalSeparator(String value) {
            switch (value) {
                case "auto" -> decimalSeparator = null;
                case ",", "." -> decimalSeparator = value.charAt(0);
                default -> throw new IllegalArgumentException("decimalSeparator must be auto, , or ., not '" + value + "'");
            }
            return this;
        }

        /**
         * Maps a field to one or more columns; when several are non-empty in a row, the last wins.
         *
         * @param field one of {@link #FIELDS}
         * @param columnRefs header names or 1-based column numbers
         * @return this builder
         */
        public Builder column(String field, String... columnRefs) {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("unknown field '" + field + "', expected one of " + FIELDS);
            }
            // Checked here too, not only in the record, so that a .properties file's error names its key.
            for (String ref : columnRefs) {
                checkColumnRef(ref);
            }
            columns.put(field, List.of(columnRefs));
            return this;
        }

        /**
         * Maps a price type to a column.
         *
         * @param priceType the price type's name
         * @param columnRef a header name or a 1-based column number
         * @return this builder
         */
        public Builder price(String priceType, String columnRef) {
            checkColumnRef(columnRef);
            priceColumns.put(requireName(priceType, "price type"), columnRef);
            return this;
        }

        /**
         * Maps a warehouse to a column.
         *
         * @param warehouse the warehouse's name
         * @param columnRef a header name or a 1-based column number
         * @return this builder
         */
        public Builder stock(String warehouse, String columnRef) {
            checkColumnRef(columnRef);
            stockColumns.put(requireName(warehouse, "warehouse"), columnRef);
            return this;
        }

        /**
         * Sets what separates category levels.
         *
         * @param value {@code auto} or the separator ({@code /}, {@code |}, {@code >}, …)
         * @return this builder
         */
        public Builder categorySeparator(String value) {
            categorySeparator = value.equals("auto") ? null : value;
            return this;
        }

        /**
         * Sets whether the feed is the complete product list.
         *
         * @param full {@code true} when products missing from the feed are missing from the shop
         * @return this builder
         */
        public Builder full(boolean full) {
            this.full = full;
            return this;
        }

        /** {@return the profile} */
        public CsvProfile build() {
            return new CsvProfile(encoding, separator, header, skipLines, decimalSeparator, columns, priceColumns,
                    stockColumns, categorySeparator, full);
        }

        /** Applies one {@code .properties} entry. */
        private void set(String key, String value) {
            if (key.startsWith("column.")) {
                List<String> refs = new ArrayList<>();
                for (String ref : value.split(",")) {
                    refs.add(ref.strip());
                }
                column(key.substring("column.".length()), refs.toArray(String[]::new));
            } else if (key.startsWith("price.")) {
                price(key.substring("price.".length()), value);
            } else if (key.startsWith("stock.")) {
                stock(key.substring("stock.".length()), value);
            } else {
                switch (key) {
                    case "encoding" -> encoding(value);
                    case "separator" -> separator(value);
                    case "header" -> header(parseBoolean(value));
                    case "skipLines" -> skipLines(parseCount(value));
                    case "decimalSeparator" -> decimalSeparator(value);
                    case "categorySeparator" -> categorySeparator(value);
                    case "full" -> full(parseBoolean(value));
                    default -> throw new IllegalArgumentException("unknown key; expected encoding, separator, header,"
                            + " skipLines, decimalSeparator, categorySeparator, full, column.<field>, price.<type>"
                            + " or stock.<warehouse>");
                }
            }
        }

        private static boolean parseBoolean(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException("expected true or false, not '" + value + "'");
            };
        }

        private static int parseCount(String value) {
            try {
                int n = Integer.parseInt(value);
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below, with the value
            }
            throw new IllegalArgumentException("expected a number 0 or more, not '" + value + "'");
        }

        private static String requireName(String name, String what) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("the " + what + " name must not be empty");
            }
            return name.strip();
        }
    }
}
