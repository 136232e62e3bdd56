/**
 * A {@link org.onecsync.store.CatalogStore} on PostgreSQL or SQLite through Jdbi: set-based SQL over one
 * generic table, so an import of millions of records runs in a few statements.
 * Start with {@link org.onecsync.jdbi.JdbiCatalogStore}.
 */
package org.onecsync.jdbi;
