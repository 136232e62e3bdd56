/**
 * Products as CSV and JSON feeds carry them: named, not identified. A feed gives a SKU (and maybe 1C's id),
 * a category path, price type and warehouse names; the engine matches them to stored records, creates what is
 * missing under ids derived from the names, and applies the result with the same rules, transaction, change
 * feed and report as CommerceML. Parsers emit {@link org.onecsync.feed.FeedProduct}s through
 * {@link org.onecsync.spi.RecordHandler#onFeedProduct}; {@link org.onecsync.feed.FeedDefaults} says where
 * unnamed prices go.
 */
package org.onecsync.feed;
