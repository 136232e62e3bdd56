/**
 * Plug-in points. A format is added by implementing {@link org.onecsync.spi.ExportParserProvider} and either
 * listing it in {@code META-INF/services/org.onecsync.spi.ExportParserProvider} (found with
 * {@link java.util.ServiceLoader}) or registering it explicitly with
 * {@link org.onecsync.parse.ParserRegistry#of(ExportParserProvider...)}.
 */
package org.onecsync.spi;
