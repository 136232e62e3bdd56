/**
 * Reading the synced catalog: {@link org.onecsync.catalog.CatalogReader} and the values it returns. For
 * plain SQL, the documented {@code onecsync_*_v} views give the same data.
 */
package org.onecsync.catalog;
