/**
 * The {@code onec-sync-bench} tool: the CommerceML reader's throughput next to a plain StAX event walk over the
 * same files ({@code benchmark}), and end-to-end import times into a scratch SQLite file or PostgreSQL schema
 * ({@code benchmark-import}). Tooling, not part of the library: no library module depends on it.
 */
package org.onecsync.benchmarks;
