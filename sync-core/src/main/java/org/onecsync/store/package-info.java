/**
 * The store port: what the sync engine needs from a database. The engine streams validated records into a
 * {@link org.onecsync.store.StoreTransaction}, asks it for the plan and has it applied; a store decides how
 * (set-based SQL in {@code sync-jdbi}, maps in {@link org.onecsync.store.memory.InMemoryCatalogStore}).
 */
package org.onecsync.store;
