package org.onecsync.csv.internal;

/**
 * A data row that was skipped, and why; reading goes on with the next row.
 *
 * @param line the physical line the record starts on (1-based)
 * @param sku the row's SKU as far as it could be read, or {@code null} when it has none
 * @param field the field at fault ({@code sku}, {@code price}, {@code price.Оптовая}, …)
 * @param reason what is wrong with the field, for a person
 */
record CsvProblem(long line, String sku, String field, String reason) {
}
