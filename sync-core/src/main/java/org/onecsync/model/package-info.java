/**
 * The domain model: immutable records for everything 1C sends to a shop and everything a shop sends back.
 *
 * <p>Keys are 1C's own ids ({@code Ид}). Text fields that 1C leaves empty, or fills with its "no value"
 * markers (the zero GUID, the numeric sentinel {@code -999999999.9}), are {@code null} here; lists are never
 * {@code null}. Every record is a {@link org.onecsync.model.CatalogRecord} and names its
 * {@link org.onecsync.model.EntityType}.
 */
package org.onecsync.model;
