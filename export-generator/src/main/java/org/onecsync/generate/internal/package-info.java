/**
 * The generator's machinery: seeded randomness and GUIDs ({@link org.onecsync.generate.internal.Rng},
 * {@link org.onecsync.generate.internal.Guids}), the seed's reference data, the product factory,
 * pure price and stock functions, and one streaming writer per kind of file, and the CSV and JSON feed writers. Not a stable API: use
 * {@link org.onecsync.generate.ExportGenerator} and {@link org.onecsync.generate.FeedGenerator}.
 */
package org.onecsync.generate.internal;
