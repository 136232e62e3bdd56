/**
 * The reading layer of JSON feeds (issue 9, step 1): a streaming reader of the payload described in
 * {@code docs/feeds.md}, one product in memory at a time. Package-private on purpose: the parser SPI with
 * scopes, options and hints, and the engine rules, come in the next step of issue 9.
 */
package org.onecsync.json.internal;
