/**
 * Internal: the engine behind {@link org.onecsync.sync.SyncEngine} (reading order, the hand-over to the
 * executor's task, the rules of the mirror, failures and cancellation). Not part of the public API: only
 * {@link org.onecsync.sync.internal.ImportRunner} is public, for {@code SyncEngine}, and it may change in any
 * release.
 */
package org.onecsync.sync.internal;
