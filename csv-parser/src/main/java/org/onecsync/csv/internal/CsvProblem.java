package org.onecsync.csv.internal;

/**
 * A data row that was skipped, and why; reading goes on with the next row.
 *
 * @param line the physical line the record starts on (1-based)
 * @param field the field at fault ({@code sku}, {@code price}, {@code price.Оптовая}, …)
 * @param reason what is wrong, for a person
 */
record CsvProblem(long line, String field, String reason) {
}
