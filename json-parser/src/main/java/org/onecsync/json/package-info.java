/**
 * The JSON feed reader: the payload 1C setups push to a site endpoint ({@code docs/feeds.md}) — a
 * {@code products} array with SKUs, names, prices, stock, categories, characteristics, variants, images and
 * barcodes, numbers as JSON numbers or strings with a decimal comma, an optional UTF-8 BOM — read from the byte
 * stream one product at a time, with limits on string length and nesting. Registered as a
 * {@link org.onecsync.spi.ExportParserProvider} named {@code json}: {@link org.onecsync.json.JsonParserProvider}.
 */
package org.onecsync.json;
