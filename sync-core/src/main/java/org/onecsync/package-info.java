/**
 * onec-sync: keeps an online shop's database in step with 1C:Enterprise.
 *
 * <p>Start with {@link org.onecsync.source.ExportSources} to open an export, {@link org.onecsync.parse.ParserRegistry}
 * to find a parser for each of its files, and the records of {@link org.onecsync.model}.
 */
package org.onecsync;
