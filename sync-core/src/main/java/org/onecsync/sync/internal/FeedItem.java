package org.onecsync.sync.internal;

import org.onecsync.feed.FeedProduct;

/**
 * A feed product on its way to the {@link FeedResolver}, with where it was read.
 *
 * @param product the product
 * @param file its file
 * @param line its line
 */
record FeedItem(FeedProduct product, String file, long line) {
}
