package org.onecsync.sync.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import org.onecsync.SyncException;
import org.onecsync.model.EntityType;
import org.onecsync.parse.ExportReader;
import org.onecsync.parse.FileOutcome;
import org.onecsync.source.ExportFile;
import org.onecsync.source.ExportSource;
import org.onecsync.store.ChangeListener;
import org.onecsync.store.Deferred;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.ImportTransaction;
import org.onecsync.store.Problem;
import org.onecsync.store.SessionResult;
import org.onecsync.store.SessionStatus;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.ImportProgress;
import org.onecsync.sync.SkipLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import inside its transaction: reads the files in order, applies them through the {@link Pipe}, checks
 * what must hold before a commit (an exchange file was found, the catalog is there, the skip limit), and
 * commits or, for a dry run, rolls back and closes the session. Runs on the importing thread; the store's work
 * of the reading phase runs on the caller's executor, and is over before {@link #run} returns or throws.
 */
final class ImportAttempt {

    private static final Logger LOG = LoggerFactory.getLogger(ImportAttempt.class);
    /** Chunks that may wait for the store while the next ones are read: enough to smooth bursts. */
    private static final int PIPE_DEPTH = 16;

    private final ImportRunner runner;
    private final long session;
    private final Instant start;
    private final ImportOptions options;
    private final Problems problems;
    private final Cancellation cancellation;

    ImportAttempt(ImportRunner runner, long session, Instant start, ImportOptions options, Problems problems) {
        this.runner = runner;
        this.session = session;
        this.start = start;
        this.options = options;
        this.problems = problems;
        this.cancellation = new Cancellation(options.cancelled());
    }

    /**
     * @param transaction the import's transaction; committed here unless this is a dry run, closed by the caller
     * @param source the export
     * @return what was done
     * @throws IOException when a file cannot be read
     */
    Applied run(ImportTransaction transaction, ExportSource source) throws IOException {
        long begun = System.nanoTime();
        cancellation.check();
        List<ExportFile> files = FileOrder.sort(source.files());
        Applier applier = new Applier(transaction, session, start, options.batchSize(), problems,
                options.dryRun() ? ChangeListener.NONE : runner.listener());
        Executor worker = options.executor() != null ? options.executor() : runner.executor();
        String ordersIgnored = StatusUpdates.ignored(options, transaction);
        StatusUpdates orders = StatusUpdates.of(options, transaction, ordersIgnored);
        ReadFiles read = new ReadFiles(ordersIgnored);
        FeedResolver feeds = new FeedResolver(transaction, applier, options.kind(), problems,
                new FeedReferences(transaction, options.feedDefaults(), options.batchSize()), options.batchSize());
        RecordCollector collector;
        try (Pipe<Object> pipe = new Pipe<>(worker, PIPE_DEPTH, item -> {
            if (item instanceof Deferred record) {
                feeds.flush();
                applier.add(record.record(), record.file(), record.line());
            } else {
                feeds.add(item);
            }
        }, cancellation::check)) {
            collector = new RecordCollector(pipe::put, options.kind(), problems, cancellation, orders);
            ExportReader reader = runner.reader();
            for (int done = 0; done < files.size(); done++) {
                ExportFile file = files.get(done);
                cancellation.check();
                progress("reading", file.path(), done, files.size(), collector.records());
                collector.beginFile(file.path());
                FileOutcome outcome = reader.read(file, collector, options.parserOptions());
                read.add(outcome, collector.endFile());
            }
            read.requireExchange(source.description());
            progress("applying", null, files.size(), files.size(), collector.records());
            pipe.finish();
        }
        // The store's task has ended: what the feeds left buffered is resolved here, on the importing thread.
        feeds.flush();
        long readAt = System.nanoTime();
        LOG.debug("session {}: read and applied {} records in {} ms", session, collector.records(),
                (readAt - begun) / 1_000_000);
        boolean dependents = collector.read(EntityType.PRICE) || collector.read(EntityType.STOCK)
                || collector.read(EntityType.OFFER);
        // No product was read, so none was written: the store's products are the ones it had before.
        if (dependents && !collector.read(EntityType.PRODUCT)
                && transaction.keysAfter(EntityType.PRODUCT, null, 1).isEmpty()) {
            throw ImportRunner.catalogMissing(options.kind());
        }
        cancellation.check();
        applier.finish(collector.complete(), options.missingPolicy(), cancellation::check);
        if (orders != null) {
            // Only now, with the whole export read: a truncated status file hands the sink nothing.
            orders.deliver(applier, problems, cancellation::check);
        }
        SkipLimit limit = options.skipLimit();
        if (limit.exceeded(problems.total(), collector.recordsRead())) {
            throw new SyncException(SyncException.Kind.TOO_MANY_SKIPPED,
                    tooManySkipped(problems.total(), collector.recordsRead(), limit, problems.kept()));
        }
        Map<EntityType, EntityCounts> counts = new EnumMap<>(EntityType.class);
        Map<EntityType, EntityCounts> nonZero = new EnumMap<>(EntityType.class);
        Map<EntityType, EntityCounts> planned = applier.counts();
        for (EntityType type : options.kind().entities()) {
            long skipped = problems.skipped().getOrDefault(type, 0L);
            EntityCounts value = planned.getOrDefault(type, EntityCounts.ZERO).plusSkipped(skipped);
            counts.put(type, value);
            if (!value.isZero()) {
                nonZero.put(type, value);
            }
        }
        if (orders != null && orders.any()) {
            EntityCounts value = orders.counts().plusSkipped(problems.skipped().getOrDefault(EntityType.ORDER, 0L));
            counts.put(EntityType.ORDER, value);
            nonZero.put(EntityType.ORDER, value);
        }
        SessionStatus status = problems.total() > 0 ? SessionStatus.PARTIAL : SessionStatus.SUCCEEDED;
        cancellation.check();
        progress("committing", null, files.size(), files.size(), collector.records());
        Instant end = runner.clock().instant();
        SessionResult result = new SessionResult(status, end, nonZero, problems.kept(), problems.total(), null);
        if (options.dryRun()) {
            transaction.close();
            runner.store().sessions().close(session, result);
        } else {
            transaction.commit(result);
        }
        LOG.debug("session {}: {} in {} ms", session, options.dryRun() ? "planned" : "applied and committed",
                (System.nanoTime() - readAt) / 1_000_000);
        return new Applied(status, end, counts, applier.firstSeq(), applier.nextSeq(), read.skipped(),
                collector.ignored());
    }

    private void progress(String phase, String file, int done, int total, long records) {
        options.progress().accept(new ImportProgress(phase, file, done, total, records));
    }

    /** {@code 23,674 of 23,739 records skipped, more than the limit of 100; rolled back. First: …}. */
    static String tooManySkipped(long skipped, long read, SkipLimit limit, List<Problem> kept) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%,d of %,d records skipped, more than the limit of %s; rolled back", skipped, read, limit));
        if (!kept.isEmpty()) {
            Problem first = kept.get(0);
            text.append(". First: ");
            if (first.file() != null) {
                text.append(first.file()).append(first.line() > 0 ? ":" + first.line() : "").append(' ');
            }
            text.append(first.reason());
        }
        return text.toString();
    }

    /** What a committed (or planned) import did. */
    record Applied(SessionStatus status, Instant end, Map<EntityType, EntityCounts> counts, long firstSeq,
                   long nextSeq, List<FileOutcome> skippedFiles, Map<EntityType, Long> ignored) {
    }
}
