/**
 * A deterministic generator of realistic CommerceML 3.1 exports, shaped like 1C:Enterprise's
 * "Обмен с сайтом" (UT 11): a folder per entity ({@code groups}, {@code units}, {@code storages},
 * {@code priceLists}, {@code propertiesGoods}, {@code propertiesOffers}, {@code goods}, {@code offers},
 * {@code prices}, {@code rests}, {@code contragents}), UTF-8 with a byte-order mark, tab indentation and
 * the quirks real files have (padded unit codes, a non-GUID property id, empty elements, the zero GUID and
 * the {@code -999999999.9} sentinel, escaped HTML, non-breaking-space thousands separators).
 *
 * <p>Start with {@link org.onecsync.generate.ExportGenerator}. Product {@code i} depends only on
 * the seed and {@code i}, and the reference data only on the seed, so an export of N products is the first
 * N products of any bigger export with the same seed.
 *
 * <p>{@link org.onecsync.generate.FeedGenerator} writes the same products as a CSV or JSON feed
 * ({@code docs/feeds.md}), deterministic in the same way.
 */
package org.onecsync.generate;
