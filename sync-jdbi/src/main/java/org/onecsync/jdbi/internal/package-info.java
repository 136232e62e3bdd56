/**
 * The workings of {@link org.onecsync.jdbi.JdbiCatalogStore}: not an API, and free to change in any release.
 */
package org.onecsync.jdbi.internal;
