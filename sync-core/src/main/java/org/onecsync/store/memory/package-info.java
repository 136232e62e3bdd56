/**
 * A {@link org.onecsync.store.CatalogStore} in memory, for tests and for applications that keep their own
 * persistence and only want the engine's plan and change events.
 */
package org.onecsync.store.memory;
