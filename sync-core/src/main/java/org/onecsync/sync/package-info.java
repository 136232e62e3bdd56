/**
 * The sync engine: reads an export, stages its records in a {@link org.onecsync.store.CatalogStore} and
 * applies them atomically. Start with {@link org.onecsync.sync.SyncEngine}.
 */
package org.onecsync.sync;
