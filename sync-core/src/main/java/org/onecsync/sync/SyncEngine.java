package org.onecsync.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.onecsync.SyncException;
import org.onecsync.model.EntityType;
import org.onecsync.parse.ExportReader;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.source.ExportFile;
import org.onecsync.source.ExportSource;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.ChangeListener;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.ImportLock;
import org.onecsync.store.SessionResult;
import org.onecsync.store.SessionStart;
import org.onecsync.store.SessionStatus;
import org.onecsync.store.StoreTransaction;
import org.onecsync.sync.internal.Problems;
import org.onecsync.sync.internal.Stager;
import org.onecsync.sync.internal.StagingPipe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies 1C exports to a {@link CatalogStore}: one import at a time, each in one transaction.
 *
 * <pre>{@code
 * SyncEngine engine = new SyncEngine(store, ParserRegistry.load(), event -> index.refresh(event));
 * try (ExportSource source = ExportSources.open(Path.of("export"))) {
 *     ImportReport report = engine.importExport(source, ImportOptions.defaults());
 * }
 * }</pre>
 *
 * <p>What an import guarantees: files are read in any order and applied in dependency order; the store is
 * changed all at once or not at all; a dry run reports exactly what a real run would do and writes nothing
 * but its session; records that cannot be applied are skipped and reported, a file that cannot be read
 * fails the import. See {@link org.onecsync.store.StoreTransaction} for the exact rules.
 */
public final class SyncEngine {

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
    /** Batches that may wait for the store while the next ones are read: enough to smooth bursts. */
    private static final int PIPE_DEPTH = 2;

    private final CatalogStore store;
    private final ExportReader reader;
    private final ChangeListener listener;
    private final Clock clock;

    /**
     * @param store where to apply
     * @param parsers the parsers that read the export's files
     * @param listener receives every change of a real run before it commits
     */
    public SyncEngine(CatalogStore store, ParserRegistry parsers, ChangeListener listener) {
        this(store, parsers, listener, Clock.systemUTC());
    }

    /**
     * @param store where to apply
     * @param parsers the parsers that read the export's files
     * @param listener receives every change of a real run before it commits
     * @param clock the clock sessions are timed with
     */
    public SyncEngine(CatalogStore store, ParserRegistry parsers, ChangeListener listener, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.reader = new ExportReader(Objects.requireNonNull(parsers, "parsers"));
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
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
        store.prepare();
        if (options.kind().needsCatalog() && !store.hasCatalog()) {
            throw catalogMissing(options.kind());
        }
        try (ImportLock lock = store.lock()) {
            int abandoned = store.failAbandonedSessions();
            if (abandoned > 0) {
                LOG.warn("marked {} session(s) as failed: their process ended before they finished", abandoned);
            }
            Instant start = clock.instant();
            long session = store.openSession(new SessionStart(options.kind().jsonName(), source.description(),
                    options.dryRun(), start));
            Problems problems = new Problems(options.problemLimit());
            Map<EntityType, EntityCounts> counts;
            try {
                counts = run(session, source, options, problems);
            } catch (RuntimeException | IOException e) {
                String error = message(e);
                try {
                    store.closeSession(session, new SessionResult(SessionStatus.FAILED, clock.instant(), Map.of(),
                            problems.kept(), problems.total(), error));
                } catch (RuntimeException closeFailure) {
                    // The import's own failure is what the caller needs; a store that is down fails both.
                    e.addSuppressed(closeFailure);
                }
                if (e instanceof CatalogMissingException missing) {
                    throw missing;
                }
                throw new ImportFailedException(session, error, e);
            }
            SessionStatus status = problems.total() > 0 ? SessionStatus.PARTIAL : SessionStatus.SUCCEEDED;
            Instant end = clock.instant();
            Map<EntityType, EntityCounts> nonZero = new EnumMap<>(EntityType.class);
            counts.forEach((type, value) -> {
                if (!value.isZero()) {
                    nonZero.put(type, value);
                }
            });
            store.closeSession(session, new SessionResult(status, end, nonZero, problems.kept(),
                    problems.total(), null));
            return new ImportReport(session, options.kind(), options.dryRun(), status,
                    Duration.between(start, end), counts, problems.kept(), problems.total());
        }
    }

    private Map<EntityType, EntityCounts> run(long session, ExportSource source, ImportOptions options,
                                              Problems problems) throws IOException {
        try (StoreTransaction transaction = store.begin(session);
             StagingPipe pipe = new StagingPipe(transaction, PIPE_DEPTH)) {
            long begun = System.nanoTime();
            Stager stager = new Stager(pipe::stage, options.kind(), options.batchSize(), problems);
            List<ExportFile> files = source.files();
            int done = 0;
            for (ExportFile file : files) {
                options.progress().accept(new ImportProgress("reading", file.path(), done, files.size(),
                        stager.records()));
                stager.beginFile(file.path());
                reader.read(file, stager);
                stager.endFile();
                done++;
            }
            pipe.finish();
            options.progress().accept(new ImportProgress("applying", null, done, files.size(), stager.records()));
            long staged = System.nanoTime();
            LOG.debug("session {}: read and staged {} records from {} files in {} ms", session, stager.records(),
                    files.size(), (staged - begun) / 1_000_000);
            boolean stagesDependents = stager.staged(EntityType.PRICE) || stager.staged(EntityType.STOCK)
                    || stager.staged(EntityType.OFFER);
            if (stagesDependents && !stager.staged(EntityType.PRODUCT) && !store.hasCatalog()) {
                throw catalogMissing(options.kind());
            }
            transaction.resolve(problems::add);
            long resolved = System.nanoTime();
            LOG.debug("session {}: resolved references in {} ms", session, (resolved - staged) / 1_000_000);
            Set<EntityType> complete = stager.complete();
            Map<EntityType, EntityCounts> planned = options.dryRun()
                    ? transaction.plan(complete, options.missingPolicy())
                    : transaction.apply(complete, options.missingPolicy(), listener);
            if (!options.dryRun()) {
                transaction.commit();
            }
            LOG.debug("session {}: {} in {} ms", session, options.dryRun() ? "planned" : "applied and committed",
                    (System.nanoTime() - resolved) / 1_000_000);
            Map<EntityType, EntityCounts> counts = new EnumMap<>(EntityType.class);
            for (EntityType type : options.kind().entities()) {
                long skipped = problems.skipped().getOrDefault(type, 0L);
                counts.put(type, planned.getOrDefault(type, EntityCounts.ZERO).plusSkipped(skipped));
            }
            return counts;
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

    private static String message(Exception e) {
        if (e instanceof SyncException || e instanceof UncheckedIOException) {
            return e.getMessage();
        }
        if (e instanceof IOException) {
            return "cannot read the export: " + e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
