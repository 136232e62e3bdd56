package org.onecsync.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.onecsync.SyncException;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.parse.ExportReader;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.source.ExportFile;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;
import org.onecsync.store.ChangeListener;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.SyncEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code onec-sync benchmark-import}: end-to-end import time of an export, first into an empty database and
 * then the same export again, next to the time it takes only to parse it, with the peak heap.
 */
@Command(name = "benchmark-import",
        description = {"Times importing an export into an empty database, then importing it again (nothing "
            + "changes), next to parsing it alone; reports medians, ratios and the most heap in use. Each run uses "
            + "a fresh SQLite file, or a fresh schema (created and dropped) in the PostgreSQL database given.",
            "Run with ONEC_SYNC_JAVA_OPTS=-Xmx256m to show the import stays within a small heap."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Measured.", "1:The export cannot be read.", "2:Bad command line.",
            "5:The database failed or cannot be reached."})
public final class ImportBenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "DIR", description = "The export folder to import.")
    Path folder;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "A PostgreSQL database (jdbc:postgresql://…) to create run schemas in; default SQLite.")
    String postgres;

    @Option(names = "--runs", defaultValue = "3", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws IOException, SQLException {
        if (runs < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1");
        }
        if (!Files.isDirectory(folder)) {
            throw new SyncException("not a folder: " + folder);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Long> parse = new ArrayList<>();
        List<Long> first = new ArrayList<>();
        List<Long> again = new ArrayList<>();
        long peakUsed = 0;
        parseOnly();
        for (int run = 0; run < runs; run++) {
            parse.add(parseOnly());
            try (ScratchDatabase db = scratch(postgres, run); HeapSampler heap = new HeapSampler()) {
                first.add(importOnce(db.url()));
                again.add(importOnce(db.url()));
                peakUsed = Math.max(peakUsed, heap.maxUsed());
            }
            out.printf("run %d: parse %.2f s, first import %.2f s, re-import %.2f s%n", run + 1,
                    parse.get(run) / 1e9, first.get(run) / 1e9, again.get(run) / 1e9);
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
        out.printf("Heap during the imports: at most %d MB in use (sampled every 10 ms, garbage included)%n",
                peakUsed >> 20);
        out.flush();
        return ExitCodes.OK;
    }

    private long parseOnly() throws IOException {
        ExportReader reader = new ExportReader(ParserRegistry.load());
        long start = System.nanoTime();
        try (ExportSource source = ExportSources.open(folder)) {
            for (ExportFile file : source.files()) {
                reader.read(file, (record, line) -> { });
            }
        }
        return System.nanoTime() - start;
    }

    private long importOnce(String url) throws IOException {
        long start = System.nanoTime();
        try (JdbiCatalogStore store = JdbiCatalogStore.open(url); ExportSource source = ExportSources.open(folder)) {
            new SyncEngine(store, ParserRegistry.load(), ChangeListener.NONE)
                    .importExport(source, ImportOptions.defaults());
        }
        return System.nanoTime() - start;
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
