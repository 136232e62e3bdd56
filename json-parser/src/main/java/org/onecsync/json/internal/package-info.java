/**
 * The implementation of the JSON feed reader: a streaming walk of the payload of {@code docs/feeds.md} with
 * Jackson, one product in memory at a time, the rules of {@link org.onecsync.json.internal.JsonProductRules},
 * and {@link org.onecsync.json.internal.JsonFeedParser}, which turns what is read into the parser SPI's feed
 * products, skips and scope. Not an API: use {@link org.onecsync.json.JsonParserProvider}.
 */
package org.onecsync.json.internal;
