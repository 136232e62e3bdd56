/**
 * Reading CSV price lists and catalogs written by 1C programmers and other suppliers.
 *
 * <p>{@link org.onecsync.csv.CsvParserProvider} plugs the format into the engine (name {@code csv}, found by
 * {@link java.util.ServiceLoader}); {@link org.onecsync.csv.CsvProfile} is a saved per-supplier description of a
 * feed (encoding, separator, header, column mapping), loaded from a {@code .properties} file or built in code and
 * passed with {@code ParserOptions.with(CsvProfile.class, profile)}. The reading itself lives in
 * {@code org.onecsync.csv.internal} and is not API.
 */
package org.onecsync.csv;
