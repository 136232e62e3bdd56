/**
 * Reading CSV price lists and catalogs written by 1C programmers and other suppliers.
 *
 * <p>{@link org.onecsync.csv.CsvProfile} is the one public type for now: a saved per-supplier description
 * of a feed (encoding, separator, header, column mapping), loaded from a {@code .properties} file or built
 * in code. The reading itself lives in the package-private {@code org.onecsync.csv.internal} and is not yet
 * plugged into the engine (issue 9, step 2 designs the parser SPI it will be reached through).
 */
package org.onecsync.csv;
