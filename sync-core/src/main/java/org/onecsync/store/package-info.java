/**
 * The store port, split by concern: {@link org.onecsync.store.CatalogStore#lock() the import lock},
 * {@link org.onecsync.store.SessionLog the session log}, {@link org.onecsync.store.ImportTransaction the writer
 * of one import's typed batches}, {@link org.onecsync.catalog.CatalogReader the reader} and
 * {@link org.onecsync.store.ChangeFeed the change feed}. The rules live in the engine
 * ({@code org.onecsync.sync}); a store looks up and writes what it is told.
 */
package org.onecsync.store;
