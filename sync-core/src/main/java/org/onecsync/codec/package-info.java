/**
 * The record codec: the canonical JSON text of every {@link org.onecsync.model.CatalogRecord} (and of each
 * nested part a typed table keeps as JSON), its exact inverse, and a fast 64-bit content hash.
 *
 * <p>{@link org.onecsync.codec.RecordCodec} handles whole records; {@link org.onecsync.codec.RecordParts}
 * handles the parts (category ids, property values, addresses, …) that a typed table stores in a JSON
 * column. Both are written by hand per record type over Jackson's streaming core, without reflection.
 *
 * <p>The JSON is byte-for-byte the text that version 1 databases hold (the former reflective writer's):
 * components in declaration order, {@code null}s left out, {@code false} and empty lists written, offer keys
 * as {@code product#variant}, decimals as plain numbers, and a fixed string escaping. Changing the text or
 * the hash requires bumping {@link org.onecsync.codec.RecordCodec#VERSION}.
 */
package org.onecsync.codec;
