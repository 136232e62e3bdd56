package org.onecsync.sync.internal;

/**
 * The SKU of a feed product the parser had to skip: the stored products with that SKU count as sent, so a
 * complete feed does not remove them because of a bad row.
 *
 * @param sku the SKU
 */
record FeedKeep(String sku) {
}
