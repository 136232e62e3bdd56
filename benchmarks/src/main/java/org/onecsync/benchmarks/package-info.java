/**
 * The {@code onec-sync-bench} tool: the CommerceML reader's throughput next to a plain StAX event walk over the
 * same files ({@code benchmark}), and end-to-end import times into a scratch SQLite file or PostgreSQL schema
 * ({@code benchmark-import}), and the server {@code onec-sync serve} runs, hosted in this process, under concurrent
 * JSON pushes during a catalog exchange ({@code benchmark-serve}). Tooling, not part of the library: no library
 * module depends on it.
 */
package org.onecsync.benchmarks;
