/**
 * The CSV reading pipeline, package-private: encoding detection, separator sniffing, RFC 4180 records
 * through opencsv's {@code RFC4180Parser} one at a time, header matching by alias dictionary or profile, and
 * value conversion into {@code CsvRow}s or {@code CsvProblem}s.
 */
package org.onecsync.csv.internal;
