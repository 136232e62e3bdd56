/**
 * The CommerceML reader: versions 2.03–2.10 and 3.1, every file layout 1C and Bitrix write, with the quirks of
 * real exports (byte-order marks, windows-1251, padded codes, decimal commas, "no value" markers). Registered as
 * a {@link org.onecsync.spi.ExportParserProvider} named {@code commerceml}.
 */
package org.onecsync.commerceml;
