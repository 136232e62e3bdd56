/**
 * The CommerceML reader: versions 2.03–2.10 and 3.1, every file layout 1C and Bitrix write, with the quirks of
 * real exports (byte-order marks, windows-1251, padded codes, decimal commas, "no value" markers). Registered as
 * a {@link org.onecsync.spi.ExportParserProvider} named {@code commerceml}. And the order writer
 * ({@link org.onecsync.commerceml.OrderDocumentWriter}): the shop's orders as the document 1C fetches with
 * {@code type=sale&mode=query}, in versions 2.05–3.1.
 */
package org.onecsync.commerceml;
