package org.onecsync.store;

import java.time.Instant;

/**
 * What an import session records when it starts.
 *
 * @param kind the import kind ({@code all}, {@code catalog}, …)
 * @param source what was imported (a path)
 * @param dryRun whether it is a dry run
 * @param startedAt when it started
 */
public record SessionStart(String kind, String source, boolean dryRun, Instant startedAt) {
}
