package org.onecsync.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.onecsync.SyncException;
import org.onecsync.model.EntityType;
import org.onecsync.parse.ExportReader;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.source.ExportFile;
import org.onecsync.source.ExportSource;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.ChangeListener;
import org.onecsync.store.ChangeSubscriber;
import org.onecsync.store.Deferred;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.ImportLock;
import org.onecsync.store.ImportTransaction;
import org.onecsync.store.SessionResult;
import org.onecsync.store.SessionStart;
import org.onecsync.store.SessionStatus;
import org.onecsync.store.StoreException;
import org.onecsync.sync.internal.Applier;
import org.onecsync.sync.internal.Delivery;
import org.onecsync.sync.internal.FileOrder;
import org.onecsync.sync.internal.Pipe;
import org.onecsync.sync.internal.Problems;
import org.onecsync.sync.internal.RecordCollector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies 1C exports to a {@link CatalogStore}: one import at a time, each in one transaction.
 *
 * <pre>{@code
 * SyncEngine engine = SyncEngine.builder(store)
 *         .subscriber(event -> searchIndex.refresh(event.key(), event.record()))   // after commit
 *         .build();
 * try (ExportSource source = ExportSources.open(Path.of("export"))) {
 *     ImportReport report = engine.importExport(source, ImportOptions.defaults());
 * }
 * }</pre>
 *
 * <p>What an import guarantees: files are read in any order and applied in dependency order; the store is
 * changed all at once or not at all, together with the session's end and the change feed; a dry run reports
 * exactly what a real run would do and writes nothing but its session; records that cannot be applied are
 * skipped and reported, a file that cannot be read fails the import. Every rule (references, duplicates,
 * plan, missing policy, price history, counts, messages) is applied here, the same for every store.
 */
public final class SyncEngine {

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
    /** Chunks that may wait for the store while the next ones are read: enough to smooth bursts. */
    private static final int PIPE_DEPTH = 16;

    private final CatalogStore store;
    private final ExportReader reader;
    private final ChangeListener listener;
    private final List<ChangeSubscriber> subscribers;
    private final Clock clock;
    private final Executor executor;

    private SyncEngine(Builder builder) {
        this.store = Objects.requireNonNull(builder.store, "store");
        this.reader = new ExportReader(builder.parsers != null ? builder.parsers : ParserRegistry.load());
        this.listener = builder.listener;
        this.subscribers = List.copyOf(builder.subscribers);
        this.clock = builder.clock;
        this.executor = builder.executor;
    }

    /**
     * @param store where to apply
     * @param parsers the parsers that read the export's files
     * @param listener receives every change of a real run inside its transaction
     */
    public SyncEngine(CatalogStore store, ParserRegistry parsers, ChangeListener listener) {
        this(builder(store).parsers(parsers).listener(listener));
    }

    /**
     * @param store where to apply
     * @return a builder; parsers default to {@link ParserRegistry#load()}
     */
    public static Builder builder(CatalogStore store) {
        return new Builder(store);
    }

    /**
     * Imports an export.
     *
     * @param source the export's files
     * @param options how
     * @return what was done
     * @throws CatalogMissingException for prices or stock into a store without products (nothing written)
     * @throws org.onecsync.store.ImportLockedException when another import is running (nothing written)
     * @throws ImportFailedException when a file cannot be read or the store fails; rolled back, session kept
     */
    public ImportReport importExport(ExportSource source, ImportOptions options) {
        try (ImportLock lock = store.lock()) {
            store.prepare();
            if (options.kind().needsCatalog() && store.reader().products(null, 1).isEmpty()) {
                throw catalogMissing(options.kind());
            }
            int abandoned = store.sessions().failAbandoned();
            if (abandoned > 0) {
                LOG.warn("marked {} session(s) as failed: their process ended before they finished", abandoned);
            }
            Instant start = clock.instant();
            long session = store.sessions().open(new SessionStart(options.kind().jsonName(), source.description(),
                    options.dryRun(), start));
            Problems problems = new Problems(options.problemLimit());
            Outcome outcome;
            try {
                outcome = run(session, start, source, options, problems);
            } catch (RuntimeException | IOException e) {
                String error = message(e);
                try {
                    store.sessions().close(session, new SessionResult(SessionStatus.FAILED, clock.instant(),
                            Map.of(), problems.kept(), problems.total(), error));
                } catch (RuntimeException closeFailure) {
                    // The import's own failure is what the caller needs; a store that is down fails both.
                    e.addSuppressed(closeFailure);
                }
                if (e instanceof CatalogMissingException missing) {
                    throw missing;
                }
                throw new ImportFailedException(session, kindOf(e), error, e);
            }
            if (!options.dryRun() && !subscribers.isEmpty()) {
                deliver(session, outcome);
            }
            return new ImportReport(session, options.kind(), options.dryRun(), outcome.status(),
                    Duration.between(start, outcome.end()), outcome.counts(), problems.kept(), problems.total(),
                    List.of(), Map.of());
        }
    }

    private Outcome run(long session, Instant start, ExportSource source, ImportOptions options,
                        Problems problems) throws IOException {
        long begun = System.nanoTime();
        try (ImportTransaction transaction = store.begin(session, start)) {
            Applier applier = new Applier(transaction, session, start, options.batchSize(), problems,
                    options.dryRun() ? ChangeListener.NONE : listener);
            RecordCollector collector;
            Executor worker = options.executor() != null ? options.executor() : executor;
            try (Pipe<Deferred> pipe = new Pipe<>(worker, PIPE_DEPTH,
                    chunk -> chunk.forEach(item -> applier.add(item.record(), item.file(), item.line())))) {
                collector = new RecordCollector(pipe::put, options.kind(), problems);
                List<ExportFile> files = FileOrder.sort(source.files());
                int done = 0;
                for (ExportFile file : files) {
                    options.progress().accept(new ImportProgress("reading", file.path(), done, files.size(),
                            collector.records()));
                    collector.beginFile(file.path());
                    reader.read(file, collector);
                    collector.endFile();
                    done++;
                }
                pipe.finish();
                options.progress().accept(new ImportProgress("applying", null, done, files.size(),
                        collector.records()));
            }
            long read = System.nanoTime();
            LOG.debug("session {}: read and applied {} records in {} ms", session, collector.records(),
                    (read - begun) / 1_000_000);
            boolean dependents = collector.read(EntityType.PRICE) || collector.read(EntityType.STOCK)
                    || collector.read(EntityType.OFFER);
            // No product was read, so none was written: the store's products are the ones it had before.
            if (dependents && !collector.read(EntityType.PRODUCT)
                    && transaction.keysAfter(EntityType.PRODUCT, null, 1).isEmpty()) {
                throw catalogMissing(options.kind());
            }
            applier.finish(collector.complete(), options.missingPolicy());
            Map<EntityType, EntityCounts> planned = applier.counts();
            Map<EntityType, EntityCounts> counts = new EnumMap<>(EntityType.class);
            Map<EntityType, EntityCounts> nonZero = new EnumMap<>(EntityType.class);
            for (EntityType type : options.kind().entities()) {
                long skipped = problems.skipped().getOrDefault(type, 0L);
                EntityCounts value = planned.getOrDefault(type, EntityCounts.ZERO).plusSkipped(skipped);
                counts.put(type, value);
                if (!value.isZero()) {
                    nonZero.put(type, value);
                }
            }
            SessionStatus status = problems.total() > 0 ? SessionStatus.PARTIAL : SessionStatus.SUCCEEDED;
            Instant end = clock.instant();
            SessionResult result = new SessionResult(status, end, nonZero, problems.kept(), problems.total(), null);
            if (options.dryRun()) {
                transaction.close();
                store.sessions().close(session, result);
            } else {
                transaction.commit(result);
            }
            LOG.debug("session {}: {} in {} ms", session, options.dryRun() ? "planned" : "applied and committed",
                    (System.nanoTime() - read) / 1_000_000);
            return new Outcome(status, end, counts, applier.firstSeq(), applier.nextSeq());
        }
    }

    /**
     * Hands the committed changes to the subscribers. Delivery reads the feed back through the store's own
     * connections; when the store cannot serve it (the database refuses new connections, say), the import has
     * committed all the same: the failure is logged, the changes stay in the feed for a consumer to read, and the
     * import is reported as committed.
     */
    private void deliver(long session, Outcome outcome) {
        try {
            new Delivery(store, subscribers).deliver(outcome.firstSeq(), outcome.nextSeq());
        } catch (StoreException e) {
            LOG.warn("session {} committed, but its changes {}..{} could not be delivered to the subscribers; they"
                    + " are in the change feed: {}", session, outcome.firstSeq(), outcome.nextSeq() - 1,
                    e.getMessage());
        }
    }

    private static CatalogMissingException catalogMissing(ImportKind kind) {
        String what = switch (kind) {
            case PRICES -> "prices";
            case STOCK -> "stock";
            default -> "offers, prices and stock";
        };
        return new CatalogMissingException("import the catalog first: the store has no products, so the "
                + what + " would have nothing to refer to");
    }

    private static SyncException.Kind kindOf(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SyncException sync) {
                return sync.kind();
            }
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            return SyncException.Kind.BAD_INPUT;
        }
        return SyncException.Kind.INTERNAL;
    }

    private static String message(Exception e) {
        if (e instanceof SyncException || e instanceof UncheckedIOException) {
            return e.getMessage();
        }
        if (e instanceof IOException) {
            return "cannot read the export: " + e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private record Outcome(SessionStatus status, Instant end, Map<EntityType, EntityCounts> counts, long firstSeq,
                           long nextSeq) {
    }

    /** Builds a {@link SyncEngine}. */
    public static final class Builder {
        private final CatalogStore store;
        private ParserRegistry parsers;
        private ChangeListener listener = ChangeListener.NONE;
        private final List<ChangeSubscriber> subscribers = new ArrayList<>();
        private Clock clock = Clock.systemUTC();
        private Executor executor;

        private Builder(CatalogStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        /** @param value the parsers that read exports @return this builder */
        public Builder parsers(ParserRegistry value) {
            this.parsers = Objects.requireNonNull(value, "parsers");
            return this;
        }

        /**
         * @param value hears every change of a real run inside its transaction; one that throws rolls it back
         * @return this builder
         */
        public Builder listener(ChangeListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /**
         * @param value hears every change of a real run after it committed, in feed order
         * @return this builder
         */
        public Builder subscriber(ChangeSubscriber value) {
            this.subscribers.add(Objects.requireNonNull(value, "subscriber"));
            return this;
        }

        /** @param value the clock sessions and rows are timed with @return this builder */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Lends the engine an executor for the store's side of each import (look-ups, classification, writes),
         * so that it overlaps reading the next records; one task per import, which ends with the import. The
         * engine starts no threads of its own: without an executor everything runs on the importing thread.
         *
         * @param value an executor, or {@code null}
         * @return this builder
         */
        public Builder executor(Executor value) {
            this.executor = value;
            return this;
        }

        /** @return the engine */
        public SyncEngine build() {
            return new SyncEngine(this);
        }
    }
}
