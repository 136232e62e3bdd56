package org.onecsync.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.onecsync.SyncException;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.parse.ExportReader;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.source.ExportFile;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.SyncEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code onec-sync-bench benchmark-import}: end-to-end import time of an export, first into an empty database and
 * then the same export again, next to the time it takes only to parse it, with the peak heap.
 */
@Command(name = "benchmark-import",
        description = {"Times importing an export into an empty database, then importing it again (nothing "
            + "changes), next to parsing it alone; reports medians, ratios and the most heap in use. Each run uses "
            + "a fresh SQLite file, or a fresh schema (created and dropped) in the PostgreSQL database given. With "
            + "--revision, each run then imports the later revision too, and that revision is parsed alone as well.",
            "Run with ONEC_SYNC_JAVA_OPTS=-Xmx256m to show the import stays within a small heap."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Measured.", "1:The export cannot be read.", "2:Bad command line.",
            OnecSyncBench.STORE_HELP})
public final class ImportBenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "DIR", description = "The export folder to import.")
    Path folder;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "A PostgreSQL database (jdbc:postgresql://…) to create run schemas in; default SQLite.")
    String postgres;

    @Option(names = "--revision", paramLabel = "DIR2",
            description = "A later revision of the same export (generate --revision 1): imported after the first "
                + "import in each run, and parsed alone too, to time an import that changes a few rows.")
    Path revision;

    @Option(names = "--runs", defaultValue = "3", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws IOException, SQLException {
        if (runs < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1");
        }
        if (!Files.isDirectory(folder)) {
            throw new SyncException(SyncException.Kind.BAD_INPUT, "not a folder: " + folder);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Long> parse = new ArrayList<>();
        List<Long> first = new ArrayList<>();
        List<Long> again = new ArrayList<>();
        List<Long> parseRevision = new ArrayList<>();
        List<Long> changed = new ArrayList<>();
        long peakUsed = 0;
        if (revision != null && !Files.isDirectory(revision)) {
            throw new SyncException(SyncException.Kind.BAD_INPUT, "not a folder: " + revision);
        }
        ParserRegistry parsers = ParserRegistry.load();
        parseOnly(parsers, folder);
        for (int run = 0; run < runs; run++) {
            parse.add(parseOnly(parsers, folder));
            if (revision != null) {
                parseRevision.add(parseOnly(parsers, revision));
            }
            try (ScratchDatabase db = scratch(postgres, run); HeapSampler heap = new HeapSampler()) {
                first.add(importOnce(parsers, db.url(), folder));
                again.add(importOnce(parsers, db.url(), folder));
                if (revision != null) {
                    changed.add(importOnce(parsers, db.url(), revision));
                }
                peakUsed = Math.max(peakUsed, heap.maxUsed());
            }
            out.printf("run %d: parse %.2f s, first import %.2f s, re-import %.2f s%s%n", run + 1,
                    parse.get(run) / 1e9, first.get(run) / 1e9, again.get(run) / 1e9, revision == null ? ""
                    : String.format(", parse revision %.2f s, revision import %.2f s", parseRevision.get(run) / 1e9,
                    changed.get(run) / 1e9));
            out.flush();
        }
        Runtime rt = Runtime.getRuntime();
        out.printf("Machine: %d cores, Java %s, max heap %d MB; database %s%n", rt.availableProcessors(),
                System.getProperty("java.version"), rt.maxMemory() >> 20, postgres == null ? "SQLite" : "PostgreSQL");
        out.printf("| step | median | × parse-only |%n|---|---|---|%n");
        long p = median(parse);
        out.printf("| parse only | %.2f s | 1.00 |%n", p / 1e9);
        out.printf("| first import | %.2f s | %.2f |%n", median(first) / 1e9, (double) median(first) / p);
        out.printf("| re-import (unchanged) | %.2f s | %.2f |%n", median(again) / 1e9, (double) median(again) / p);
        if (revision != null) {
            long pr = median(parseRevision);
            out.printf("| revision parse only | %.2f s | 1.00 |%n", pr / 1e9);
            out.printf("| revision import after the first | %.2f s | %.2f (× revision parse) |%n",
                    median(changed) / 1e9, (double) median(changed) / pr);
        }
        out.printf("Heap during the imports: at most %d MB in use (sampled every 10 ms, garbage included)%n",
                peakUsed >> 20);
        out.flush();
        return OnecSyncBench.OK;
    }

    private static long parseOnly(ParserRegistry parsers, Path export) throws IOException {
        ExportReader reader = new ExportReader(parsers);
        long start = System.nanoTime();
        try (ExportSource source = ExportSources.open(export)) {
            for (ExportFile file : source.files()) {
                reader.read(file, (record, line) -> { });
            }
        }
        return System.nanoTime() - start;
    }

    private static long importOnce(ParserRegistry parsers, String url, Path export) throws IOException {
        long start = System.nanoTime();
        ExecutorService worker = singleWorker();
        try (JdbiCatalogStore store = JdbiCatalogStore.open(url); ExportSource source = ExportSources.open(export)) {
            SyncEngine.builder(store).parsers(parsers).build()
                    .importExport(source, ImportOptions.defaults().withExecutor(worker));
        } finally {
            worker.shutdownNow();
        }
        return System.nanoTime() - start;
    }

    /** One daemon thread for the import's store work, as the CLI lends the engine: the library starts none. */
    private static ExecutorService singleWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "onec-sync-import");
            thread.setDaemon(true);
            return thread;
        });
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static ScratchDatabase scratch(String postgres, int run) throws IOException, SQLException {
        if (postgres == null) {
            Path file = Files.createTempFile("onec-sync-bench", ".db");
            Files.delete(file);
            return ScratchDatabase.sqlite(file);
        }
        return ScratchDatabase.postgres(postgres, "onecsync_bench_" + ProcessHandle.current().pid() + "_" + run);
    }
}
