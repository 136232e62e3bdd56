package org.onecsync.sync;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.onecsync.SyncException;
import org.onecsync.parse.ExportReader;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.source.ExportSource;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.ChangeListener;
import org.onecsync.store.ChangeSubscriber;
import org.onecsync.store.StoreException;
import org.onecsync.sync.internal.ImportRunner;

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
 * <p>What an import guarantees: files are read in any order and applied in dependency order, and of several
 * exports in one source the newer one (by {@code ДатаФормирования}) wins; the store is changed all at once or
 * not at all, together with the session's end and the change feed; a dry run reports exactly what a real run
 * would do and writes nothing but its session; records that cannot be applied are skipped and reported, a
 * file that cannot be read fails the import, and so does a source without any exchange file. Every rule
 * (references, duplicates, plan, missing policy, price history, counts, messages) is applied here, the same
 * for every store.
 *
 * <p>Threads: {@link #importExport} runs on the caller's thread (the importing thread), which reads and parses
 * the files. The store's work of the reading phase runs as one task on the {@link Builder#executor executor}
 * when there is one, and on the importing thread otherwise; the engine starts no threads of its own. The
 * engine is safe to share; its store allows one import at a time. {@link #start} runs an import in the
 * background instead, as one task on an executor of the caller's, and returns an {@link ImportJob} to follow it.
 */
public final class SyncEngine {

    private final ImportRunner runner;
    private final CatalogStore store;

    private SyncEngine(Builder builder) {
        this.store = builder.store;
        this.runner = new ImportRunner(builder.store,
                new ExportReader(builder.parsers != null ? builder.parsers : ParserRegistry.load()), builder.listener,
                builder.subscribers, builder.clock, builder.executor);
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
     * Imports an export, in one transaction: the store is changed all at once or not at all.
     *
     * <p>Every failure is a {@link SyncException} whose {@link SyncException#kind() kind} says what failed; once
     * the session is open it is an {@link ImportFailedException} naming the session, which is closed as failed
     * (never left {@code running}) after the transaction was rolled back:
     * <ul>
     *   <li>{@link SyncException.Kind#BAD_INPUT}: a file is malformed or cannot be read, the source holds no
     *       exchange file, or holds several exports whose order cannot be told;</li>
     *   <li>{@link SyncException.Kind#STORE}: the store failed ({@link StoreException}), on any thread;</li>
     *   <li>{@link SyncException.Kind#LOCKED}: another import is running
     *       ({@link org.onecsync.store.ImportLockedException}, no session);</li>
     *   <li>{@link SyncException.Kind#CATALOG_MISSING}: prices or stock into a store without products
     *       ({@link CatalogMissingException});</li>
     *   <li>{@link SyncException.Kind#TOO_MANY_SKIPPED}: more records were skipped than
     *       {@link ImportOptions#skipLimit()} allows;</li>
     *   <li>{@link SyncException.Kind#LISTENER}: the {@link ChangeListener} threw;</li>
     *   <li>{@link SyncException.Kind#INTERRUPTED}: {@link ImportOptions#cancelled()} answered {@code true}, or
     *       the importing thread was interrupted (its interrupt flag stays set), before the commit;</li>
     *   <li>{@link SyncException.Kind#INTERNAL}: a bug in onec-sync; the message says so.</li>
     * </ul>
     * A JVM {@link Error} (out of memory, stack overflow) is not wrapped: the transaction is rolled back, the
     * session closed as failed as far as the JVM still allows, and the same error rethrown.
     *
     * @param source the export's files
     * @param options how
     * @return what was done
     * @throws SyncException as above; nothing was written but the failed session
     */
    public ImportReport importExport(ExportSource source, ImportOptions options) {
        return runner.run(Objects.requireNonNull(source, "source"), Objects.requireNonNull(options, "options"));
    }

    /**
     * Starts an import in the background and returns at once: the same import as {@link #importExport}, run as
     * one task on {@code executor}, followed through an {@link ImportJob} (state, phase, percent, records so
     * far, session id, then the report or the failure). The job is {@link ImportJob.State#QUEUED queued} until
     * the executor starts the task. The options' {@link ImportOptions#progress() progress} callback still hears
     * every call, on the executor's thread, and their {@link ImportOptions#cancelled() cancellation} still
     * applies, together with {@link ImportJob#cancel()}. The source is closed when the job ends, whether it
     * succeeded, failed or was cancelled, before its final status is visible.
     *
     * <p>The executor should run the task on another thread; one that runs it inline makes this method return
     * only when the import has ended. The import's own store-side task, if any, runs on the options' or the
     * engine's executor as for {@link #importExport}.
     *
     * @param source the export's files; the job owns it from now on and closes it
     * @param options how, as for {@link #importExport}
     * @param executor runs the job's one task
     * @return the job
     * @throws java.util.concurrent.RejectedExecutionException if the executor refuses the task; the source is
     *         closed then and nothing was imported
     */
    public ImportJob start(ExportSource source, ImportOptions options, Executor executor) {
        return runner.start(Objects.requireNonNull(source, "source"), Objects.requireNonNull(options, "options"),
                Objects.requireNonNull(executor, "executor"));
    }

    /** {@return the store this engine applies to} */
    public CatalogStore store() {
        return store;
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

        /**
         * Sets the parsers that read exports.
         *
         * @param value the parsers that read exports
         * @return this builder
         */
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

        /**
         * Sets the clock that times sessions and rows (the system's UTC clock unless set).
         *
         * @param value the clock sessions and rows are timed with
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Lends the engine an executor for the store's side of each import (look-ups, classification, writes),
         * so that it overlaps reading the next records; one task per import, which has ended when
         * {@link #importExport} returns or throws (a cancelled import stops it and waits for it). The engine
         * starts no threads of its own: without an executor everything runs on the importing thread, and so it
         * does when the executor refuses the task, runs it inline, or has not started it by the time the
         * reading is over. {@link ImportOptions#withExecutor} overrides it per import.
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
