package org.onecsync.csv.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in dictionary of header names seen in Russian and English feeds ({@code docs/feeds.md}), and the
 * normalisation they are compared under: case, {@code ё}/{@code е}, spaces and punctuation do not count, so
 * {@code "Ед. изм."}, {@code "ед изм"} and {@code "ЕД.ИЗМ"} are one name.
 */
final class HeaderAliases {

    private static final Map<String, String> FIELD_BY_NAME = new HashMap<>();

    /** Words that start a price-type column ({@code Цена опт.}) when something follows them. */
    private static final Set<String> PRICE_PREFIXES = Set.of("цена", "price");

    /** Words that start a warehouse column ({@code Остаток МСК}) when something follows them. */
    private static final Set<String> STOCK_PREFIXES = Set.of("остаток", "остатки", "количество", "колво", "stock",
            "quantity", "qty");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    static {
        alias("externalId", "Ид", "ID", "GUID", "external_id", "Внешний код", "Идентификатор");
        alias("sku", "Артикул", "SKU", "Код товара", "vendor_code", "Reference #", "Артикул товара");
        alias("name", "Наименование", "Название", "Name", "Товар", "Product name", "Наименование товара");
        alias("description", "Описание", "Description", "Полное описание", "Детальное описание");
        alias("price", "Цена", "Цена продажи", "Price", "Regular price", "Розничная цена", "Sale price");
        alias("oldPrice", "Старая цена", "Old price", "Compare at price", "Цена до скидки", "Compare-at price");
        alias("stock", "Остаток", "Количество", "Кол-во", "Stock", "Quantity", "Qty", "Остатки", "В наличии");
        alias("category", "Группа", "Категория", "Category", "Раздел", "Группа товаров", "Categories");
        alias("active", "Активность", "Активен", "Active", "Published", "Опубликован");
        alias("barcode", "Штрихкод", "Штрих-код", "EAN", "Barcode", "GTIN", "UPC");
        alias("unit", "Единица", "Ед. изм.", "Единица измерения", "Unit", "Базовая единица");
    }

    private HeaderAliases() {
    }

    private static void alias(String field, String... names) {
        for (String name : names) {
            String previous = FIELD_BY_NAME.put(normalise(name), field);
            if (previous != null && !previous.equals(field)) {
                throw new IllegalStateException("alias '" + name + "' given to both " + previous + " and " + field);
            }
        }
    }

    /** {@return the name with case, ё/е, spaces and punctuation taken out} */
    static String normalise(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        name.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if (cp == 'ё') {
                sb.append('е');
            } else if (Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** {@return the field a header names exactly, or {@code null}} */
    static String field(String header) {
        return FIELD_BY_NAME.get(normalise(header));
    }

    /** {@return the price type a header like {@code Цена опт.} names ({@code опт.}), or {@code null}} */
    static String priceType(String header) {
        return suffixAfter(header, PRICE_PREFIXES);
    }

    /** {@return the warehouse a header like {@code Остаток МСК} names ({@code МСК}), or {@code null}} */
    static String warehouse(String header) {
        return suffixAfter(header, STOCK_PREFIXES);
    }

    /**
     * Finds a leading run of words that normalises to one of {@code prefixes} and returns the header's
     * original text after it; the run may be several words ({@code Кол-во}) as punctuation does not count.
     */
    private static String suffixAfter(String header, Set<String> prefixes) {
        Matcher m = WORD.matcher(header);
        StringBuilder run = new StringBuilder();
        while (m.find()) {
            run.append(normalise(m.group()));
            if (prefixes.contains(run.toString())) {
                String rest = header.substring(m.end()).strip();
                // "Цена: опт" and "Остаток - МСК" name "опт" and "МСК".
                rest = rest.replaceFirst("^[\\p{Punct}\\s]+", "").strip();
                return WORD.matcher(rest).find() ? rest : null;
            }
        }
        return null;
    }

    /** {@return the dictionary's names for a field, for error messages} */
    static List<String> namesFor(String field) {
        return FIELD_BY_NAME.entrySet().stream().filter(e -> e.getValue().equals(field)).map(Map.Entry::getKey)
                .sorted().toList();
    }
}
