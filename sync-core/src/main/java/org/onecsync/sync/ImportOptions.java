package org.onecsync.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.onecsync.feed.FeedDefaults;
import org.onecsync.order.OrderSink;
import org.onecsync.spi.ParserOptions;
import org.onecsync.store.MissingPolicy;

/**
 * How to run an import. Start from {@link #defaults()} and change what you need.
 *
 * @param kind what to apply
 * @param dryRun plan and report, then roll back
 * @param missingPolicy what a full package does to stored records it no longer contains
 * @param batchSize how many records are staged at a time; memory use is proportional to it
 * @param problemLimit how many problems the report and session keep (all are counted)
 * @param progress receives progress after every file and phase; must be quick
 * @param executor runs the store side of the import, or {@code null} for the engine's executor (see
 *        {@link SyncEngine.Builder#executor}), and without one the importing thread
 * @param skipLimit how many skipped records make the import fail and roll back instead of committing (checked
 *        after every record was applied, before the commit; dry runs alike), with
 *        {@link org.onecsync.SyncException.Kind#TOO_MANY_SKIPPED}
 * @param cancelled polled on the importing thread at every record read and between phases, so it must be
 *        cheap (an {@link java.util.concurrent.atomic.AtomicBoolean#get}); once it answers {@code true}, as
 *        when the importing thread is interrupted, the import stops, ends the store's task, rolls back, closes
 *        the session as failed ("interrupted: cancelled before it committed") and throws
 *        {@link ImportFailedException} of kind {@link org.onecsync.SyncException.Kind#INTERRUPTED}. Once the
 *        import has committed it is not polled any more: a late cancel does nothing
 * @param parserOptions a format forced on every file, and settings for the parsers (a CSV profile)
 * @param feedDefaults where the prices of CSV and JSON feeds go
 * @param lockWait how long the import waits for another import to release the import lock before it fails with
 *        {@link org.onecsync.SyncException.Kind#LOCKED}; {@link Duration#ZERO} (the default) fails at once. While
 *        it waits, progress says phase {@value #WAITING_PHASE}, and a cancel ends the wait
 * @param orderSink receives 1C's order status documents of an import of kind {@code all}, in document order, once
 *        the whole export was read; {@code null} (the default) for the store's own order book inside the import's
 *        transaction ({@link org.onecsync.store.ImportTransaction#orderSink()}), and without one orders are
 *        ignored. A dry run does not call a shop's own sink: it counts them as ignored
 */
public record ImportOptions(ImportKind kind, boolean dryRun, MissingPolicy missingPolicy, int batchSize,
                            int problemLimit, Consumer<ImportProgress> progress, Executor executor,
                            SkipLimit skipLimit, BooleanSupplier cancelled, ParserOptions parserOptions,
                            FeedDefaults feedDefaults, Duration lockWait, OrderSink orderSink) {

    /** The progress phase of an import waiting for the import lock ({@link #lockWait()}). */
    public static final String WAITING_PHASE = "waiting for another import";

    /**
     * Creates options; {@link #defaults()} and the {@code with…} methods are the usual way.
     *
     * @param kind what to apply
     * @param dryRun plan and report, then roll back
     * @param missingPolicy what a full package does to stored records it no longer contains
     * @param batchSize how many records are staged at a time, at least 1
     * @param problemLimit how many problems the report and session keep, at least 0
     * @param progress receives progress after every file and phase
     * @param executor runs the store side of the import, or {@code null} for the engine's
     * @param skipLimit how many skipped records make the import fail and roll back
     * @param cancelled polled while the import runs; {@code true} cancels it
     * @param parserOptions a format forced on every file, and settings for the parsers
     * @param feedDefaults where the prices of feeds go
     * @param lockWait how long to wait for another import's lock, zero or more
     * @param orderSink receives 1C's order status documents, or {@code null} for the store's
     * @throws NullPointerException if a component other than {@code executor} and {@code orderSink} is {@code null}
     * @throws IllegalArgumentException if {@code batchSize} is below 1, {@code problemLimit} below 0 or
     *         {@code lockWait} negative
     */
    public ImportOptions {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(missingPolicy, "missingPolicy");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(skipLimit, "skipLimit");
        Objects.requireNonNull(cancelled, "cancelled");
        Objects.requireNonNull(parserOptions, "parserOptions");
        Objects.requireNonNull(feedDefaults, "feedDefaults");
        Objects.requireNonNull(lockWait, "lockWait");
        if (lockWait.isNegative()) {
            throw new IllegalArgumentException("lockWait must not be negative, not " + lockWait);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, not " + batchSize);
        }
        if (problemLimit < 0) {
            throw new IllegalArgumentException("problemLimit must not be negative, not " + problemLimit);
        }
    }

    /**
     * The usual options: kind {@code all}, real run, missing records kept, batches of 2,000, up to 100 problems
     * kept, the engine's executor, no skip limit, never cancelled, each file recognised by its content and
     * name, feed prices to {@link FeedDefaults#defaults()}, no wait for another import's lock, status documents
     * to the store's order book.
     *
     * @return the default options
     */
    public static ImportOptions defaults() {
        return new ImportOptions(ImportKind.ALL, false, MissingPolicy.KEEP, 2000, 100, p -> { }, null,
                SkipLimit.none(), () -> false, ParserOptions.none(), FeedDefaults.defaults(), Duration.ZERO, null);
    }

    /**
     * Returns a copy of these options that applies another kind.
     *
     * @param value the kind
     * @return changed options
     */
    public ImportOptions withKind(ImportKind value) {
        return new ImportOptions(value, dryRun, missingPolicy, batchSize, problemLimit, progress, executor,
                skipLimit, cancelled, parserOptions, feedDefaults, lockWait, orderSink);
    }

    /**
     * Returns a copy of these options for a dry run (plan, report, roll back) or a real run.
     *
     * @param value whether to dry-run
     * @return changed options
     */
    public ImportOptions withDryRun(boolean value) {
        return new ImportOptions(kind, value, missingPolicy, batchSize, problemLimit, progress, executor,
                skipLimit, cancelled, parserOptions, feedDefaults, lockWait, orderSink);
    }

    /**
     * Returns a copy of these options with another policy for the stored records a full package lacks.
     *
     * @param value the policy
     * @return changed options
     */
    public ImportOptions withMissingPolicy(MissingPolicy value) {
        return new ImportOptions(kind, dryRun, value, batchSize, problemLimit, progress, executor, skipLimit,
                cancelled, parserOptions, feedDefaults, lockWait, orderSink);
    }

    /**
     * Returns a copy that stages another number of records at a time; memory use is proportional to it.
     *
     * @param value the batch size, at least 1
     * @return changed options
     */
    public ImportOptions withBatchSize(int value) {
        return new ImportOptions(kind, dryRun, missingPolicy, value, problemLimit, progress, executor, skipLimit,
                cancelled, parserOptions, feedDefaults, lockWait, orderSink);
    }

    /**
     * Returns a copy that keeps another number of problems in the report and session; all are counted.
     *
     * @param value the number of problems to keep, at least 0
     * @return changed options
     */
    public ImportOptions withProblemLimit(int value) {
        return new ImportOptions(kind, dryRun, missingPolicy, batchSize, value, progress, executor, skipLimit,
                cancelled, parserOptions, feedDefaults, lockWait, orderSink);
    }

    /**
     * Runs the store's side of this import (look-ups, classification, writes) on the given executor instead of the
     * engine's, overlapping the reading of the next records; one task per import, which ends with the import.
     *
     * @param value an executor, or {@code null} for the engine's
     * @return changed options
     */
    public ImportOptions withExecutor(Executor value) {
        return new ImportOptions(kind, dryRun, missingPolicy, batchSize, problemLimit, progress, value, skipLimit,
                cancelled, parserOptions, feedDefaults, lockWait, orderSink);
    }

    /**
     * Returns a copy with another progress callback, called after every file and phase; it must be quick.
     *
     * @param value the progress callback
     * @return changed options
     */
    public ImportOptions withProgress(Consumer<ImportProgress> value) {
        return new ImportOptions(kind, dryRun, missingPolicy, batchSize, problemLimit, value, executor, skipLimit,
                cancelled, parserOptions, feedDefaults, lockWait, orderSink);
    }

    /**
     * Returns a copy with another limit on skipped records, beyond which the import fails and rolls back.
     *
     * @param value how many skipped records fail the import
     * @return changed options
     */
    public ImportOptions withSkipLimit(SkipLimit value) {
        return new ImportOptions(kind, dryRun, missingPolicy, batchSize, problemLimit, progress, executor, value,
                cancelled, parserOptions, feedDefaults, lockWait, orderSink);
    }

    /**
     * Returns a copy with another cancellation check; see {@link #cancelled()} for when it is polled.
     *
     * @param value polled while the import runs; {@code true} cancels it (rolled back, session failed
     *        "interrupted")
     * @return changed options
     */
    public ImportOptions withCancellation(BooleanSupplier value) {
        return new ImportOptions(kind, dryRun, missingPolicy, batchSize, problemLimit, progress, executor,
                skipLimit, value, parserOptions, feedDefaults, lockWait, orderSink);
    }

    /**
     * Returns a copy of these options with other parser settings: a format forced on every file
     * ({@link ParserOptions#withFormat}), a CSV profile.
     *
     * @param value the settings
     * @return changed options
     */
    public ImportOptions withParserOptions(ParserOptions value) {
        return new ImportOptions(kind, dryRun, missingPolicy, batchSize, problemLimit, progress, executor,
                skipLimit, cancelled, value, feedDefaults, lockWait, orderSink);
    }

    /**
     * Returns a copy of these options that sends the prices of CSV and JSON feeds to other price types.
     *
     * @param value where feed prices go
     * @return changed options
     */
    public ImportOptions withFeedDefaults(FeedDefaults value) {
        return new ImportOptions(kind, dryRun, missingPolicy, batchSize, problemLimit, progress, executor,
                skipLimit, cancelled, parserOptions, value, lockWait, orderSink);
    }

    /**
     * Returns a copy of these options that waits for another import to release the import lock instead of failing
     * at once; see {@link #lockWait()}.
     *
     * @param value how long to wait, zero or more
     * @return changed options
     */
    public ImportOptions withLockWait(Duration value) {
        return new ImportOptions(kind, dryRun, missingPolicy, batchSize, problemLimit, progress, executor,
                skipLimit, cancelled, parserOptions, feedDefaults, value, orderSink);
    }

    /**
     * Returns a copy that hands 1C's status documents to the shop's own sink; see {@link #orderSink()}.
     *
     * @param value the shop's sink, or {@code null} for the store's
     * @return changed options
     */
    public ImportOptions withOrderSink(OrderSink value) {
        return new ImportOptions(kind, dryRun, missingPolicy, batchSize, problemLimit, progress, executor,
                skipLimit, cancelled, parserOptions, feedDefaults, lockWait, value);
    }
}
