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
import org.onecsync.generate.ExportGenerator;
import org.onecsync.generate.FeedGenerator;
import org.onecsync.generate.FeedOptions;
import org.onecsync.generate.GeneratorOptions;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.model.EntityType;
import org.onecsync.parse.ExportReader;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.source.ExportFile;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;
import org.onecsync.spi.ParserOptions;
import org.onecsync.store.EntityCounts;
import org.onecsync.sync.ImportReport;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.SyncEngine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code onec-sync-bench benchmark-import}: end-to-end import time of an export, first into an empty database and
 * then the same export again, next to the time it takes only to parse it, with the peak heap. The export is a
 * folder given, or one generated for the run: CommerceML, or with {@code --format csv|json} a feed.
 */
@Command(name = "benchmark-import",
        description = {"Times importing an export into an empty database, then importing it again (nothing "
            + "changes), next to parsing it alone; reports medians, ratios and the most heap in use. Each run uses "
            + "a fresh SQLite file, or a fresh schema (created and dropped) in the PostgreSQL database given. With "
            + "--revision, each run then imports the later revision too, and that revision is parsed alone as well.",
            "With --products N it generates the export (or with --format csv|json a feed of N products) and deletes "
            + "it afterwards; with --in, --format forces that parser on every file as `onec-sync import` does.",
            "Run with ONEC_SYNC_JAVA_OPTS=-Xmx256m to show the import stays within a small heap."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Measured.", "1:The export cannot be read.", "2:Bad command line.",
            OnecSyncBench.STORE_HELP})
public final class ImportBenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Where the export comes from: a folder, or one generated for the run. */
    static final class Input {
        @Option(names = "--in", required = true, paramLabel = "DIR", description = "The export folder to import.")
        Path folder;

        @Option(names = "--products", required = true, paramLabel = "N",
                description = "Generate an export (or a --format csv|json feed) of N products, deleted afterwards.")
        Integer products;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = "--format", paramLabel = "FORMAT", converter = ExportFormat.Converter.class,
            description = "commerceml, csv or json: what --products generates (default commerceml), and the parser "
                + "forced on every file read (default: each file recognised by its content and name).")
    ExportFormat format;

    @Option(names = "--seed", defaultValue = "1",
            description = "Seed of the generated export (default: ${DEFAULT-VALUE}).")
    long seed;

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
        if (input.folder != null) {
            if (!Files.isDirectory(input.folder)) {
                throw new SyncException(SyncException.Kind.BAD_INPUT, "not a folder: " + input.folder);
            }
            return measure(input.folder);
        }
        if (input.products < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--products must be at least 1");
        }
        if (revision != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--revision needs --in");
        }
        Path generated = Files.createTempDirectory("onec-sync-bench");
        try {
            ExportFormat what = format == null ? ExportFormat.COMMERCEML : format;
            spec.commandLine().getOut().printf("Generating %d products (%s, seed %d) under %s…%n", input.products,
                    what.parserName(), seed, generated);
            spec.commandLine().getOut().flush();
            if (what == ExportFormat.COMMERCEML) {
                new ExportGenerator(GeneratorOptions.of(input.products, seed)).generate(generated);
            } else {
                new FeedGenerator(new FeedOptions(what.feed(), input.products, seed)).generate(generated);
            }
            return measure(generated);
        } finally {
            BenchmarkCommand.deleteTree(generated);
        }
    }

    private int measure(Path folder) throws IOException, SQLException {
        PrintWriter out = spec.commandLine().getOut();
        ParserOptions parserOptions = format == null ? ParserOptions.none()
                : ParserOptions.none().withFormat(format.parserName());
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
        CountingHandler read = new CountingHandler();
        long bytes = parseOnly(parsers, folder, parserOptions, read);
        ImportReport firstReport = null;
        ImportReport againReport = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            parseOnly(parsers, folder, parserOptions, new CountingHandler());
            parse.add(System.nanoTime() - start);
            if (revision != null) {
                start = System.nanoTime();
                parseOnly(parsers, revision, parserOptions, new CountingHandler());
                parseRevision.add(System.nanoTime() - start);
            }
            try (ScratchDatabase db = scratch(postgres, run); HeapSampler heap = new HeapSampler()) {
                start = System.nanoTime();
                firstReport = importOnce(parsers, db.url(), folder, parserOptions);
                first.add(System.nanoTime() - start);
                start = System.nanoTime();
                againReport = importOnce(parsers, db.url(), folder, parserOptions);
                again.add(System.nanoTime() - start);
                if (revision != null) {
                    start = System.nanoTime();
                    importOnce(parsers, db.url(), revision, parserOptions);
                    changed.add(System.nanoTime() - start);
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
        out.printf("Input: %s, %.1f MB; one parse reads %,d records, %,d feed products, %,d skipped%n", folder,
                bytes / 1e6, read.records(), read.feedProducts(), read.skipped());
        out.printf("Products: first import %s; re-import %s%n", products(firstReport), products(againReport));
        out.printf("Rows: first import %s; re-import %s%n", rows(firstReport), rows(againReport));
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

    /** Reads every file of the export as an import does, into {@code handler}; returns the bytes read. */
    private static long parseOnly(ParserRegistry parsers, Path export, ParserOptions options, CountingHandler handler)
            throws IOException {
        ExportReader reader = new ExportReader(parsers);
        long bytes = 0;
        try (ExportSource source = ExportSources.open(export)) {
            for (ExportFile file : source.files()) {
                if (reader.read(file, handler, options).parsed()) {
                    bytes += file.size();
                }
            }
        }
        return bytes;
    }

    private static ImportReport importOnce(ParserRegistry parsers, String url, Path export, ParserOptions options)
            throws IOException {
        ExecutorService worker = singleWorker();
        try (JdbiCatalogStore store = JdbiCatalogStore.open(url); ExportSource source = ExportSources.open(export)) {
            return SyncEngine.builder(store).parsers(parsers).build().importExport(source,
                    ImportOptions.defaults().withExecutor(worker).withParserOptions(options));
        } finally {
            worker.shutdownNow();
        }
    }

    /** What an import did to products, to show that a re-import found them unchanged. */
    private static String products(ImportReport report) {
        EntityCounts c = report.counts(EntityType.PRODUCT);
        return String.format("%,d created, %,d updated, %,d unchanged, %,d skipped", c.created(), c.updated(),
                c.unchanged(), c.skipped());
    }

    /** Every kind of row an import touched, as created/updated/unchanged/deleted, to show what a run writes. */
    private static String rows(ImportReport report) {
        StringBuilder text = new StringBuilder();
        for (EntityType type : EntityType.values()) {
            EntityCounts c = report.counts(type);
            if (!c.isZero()) {
                text.append(text.length() == 0 ? "" : ", ").append(type.name().toLowerCase(java.util.Locale.ROOT))
                        .append(String.format(" %,d/%,d/%,d/%,d", c.created(), c.updated(), c.unchanged(),
                                c.deleted()));
            }
        }
        return text.length() == 0 ? "none" : text + " (created/updated/unchanged/deleted)";
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
