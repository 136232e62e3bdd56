package org.onecsync.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.onecsync.SyncException;
import org.onecsync.generate.ExportGenerator;
import org.onecsync.generate.FeedGenerator;
import org.onecsync.generate.FeedOptions;
import org.onecsync.generate.GeneratorOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code onec-sync-bench benchmark}: the CommerceML reader's throughput next to a plain StAX event walk over the same
 * files in the same run, and the peak heap; with {@code --format csv|json}, the feed parser's next to a plain
 * opencsv or Jackson walk.
 */
@Command(name = "benchmark",
        description = {"Measures how fast the CommerceML reader parses an export (MB/s, records/s; median of "
            + "several runs), next to a plain StAX event walk over the same files in the same run, and the peak heap.",
            "With --format csv or json it measures the feed parser instead, next to a plain opencsv row walk "
            + "(RFC 4180, windows-1251, ';') or a plain Jackson token walk over the same feed.",
            "Run with -Xmx to show the reader stays within a small heap, e.g.",
            "ONEC_SYNC_JAVA_OPTS=-Xmx128m bin/onec-sync-bench benchmark --products 100000"},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Measured.", "1:The export cannot be read.", "2:Bad command line."})
public final class BenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Where the export comes from: a folder, or one generated for the run. */
    static final class Input {
        @Option(names = "--in", required = true, paramLabel = "DIR",
                description = "An export folder to read; with --format csv|json also a feed file.")
        Path folder;

        @Option(names = "--products", required = true, paramLabel = "N",
                description = "Generate an export (or with --format csv|json a feed) of N products, deleted "
                    + "afterwards, and read that.")
        Integer products;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "commerceml",
            converter = ExportFormat.Converter.class,
            description = "commerceml (default), csv or json: which parser to measure.")
    ExportFormat format;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generated export (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--runs", defaultValue = "5", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmups", defaultValue = "2", description = "Unmeasured runs first (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Override
    public Integer call() throws IOException {
        if (runs < 1 || warmups < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--runs must be at least 1 and --warmups at least 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (input.folder != null) {
            boolean readable = Files.isDirectory(input.folder)
                    || format != ExportFormat.COMMERCEML && Files.isRegularFile(input.folder);
            if (!readable) {
                throw new SyncException(SyncException.Kind.BAD_INPUT, "not a folder: " + input.folder);
            }
            measure(out, input.folder);
            return OnecSyncBench.OK;
        }
        if (input.products < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--products must be at least 1");
        }
        Path folder = Files.createTempDirectory("onec-sync-bench");
        try {
            out.printf("Generating %d products (seed %d) under %s…%n", input.products, seed, folder);
            out.flush();
            if (format == ExportFormat.COMMERCEML) {
                new ExportGenerator(GeneratorOptions.of(input.products, seed)).generate(folder);
            } else {
                new FeedGenerator(new FeedOptions(format.feed(), input.products, seed)).generate(folder);
            }
            measure(out, folder);
        } finally {
            deleteTree(folder);
        }
        return OnecSyncBench.OK;
    }

    private void measure(PrintWriter out, Path folder) throws IOException {
        out.printf("Reading %s: %d warm-up and %d measured runs…%n", folder, warmups, runs);
        out.flush();
        if (format == ExportFormat.COMMERCEML) {
            report(out, ParseBenchmark.run(folder, warmups, runs));
        } else {
            FeedReport.print(out, FeedParseBenchmark.run(folder, format, warmups, runs));
        }
    }

    static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private void report(PrintWriter out, ParseBenchmark.Result r) {
        Runtime rt = Runtime.getRuntime();
        out.printf("Machine: %d cores, Java %s (%s), max heap %d MB%n", rt.availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), rt.maxMemory() >> 20);
        out.printf("Input: %d CommerceML files, %.1f MB, %,d records%n", r.files(), r.bytes() / 1e6, r.records());
        out.printf("| reading | median | MB/s | records/s |%n|---|---|---|---|%n");
        out.printf("| plain StAX event walk (Aalto) | %.2f s | %.0f | – |%n", r.walkMedian() / 1e9,
                r.mbPerSecond(r.walkMedian()));
        out.printf("| plain StAX event walk (JDK built-in) | %.2f s | %.0f | – |%n", r.jdkWalkMedian() / 1e9,
                r.mbPerSecond(r.jdkWalkMedian()));
        out.printf("| onec-sync CommerceML reader | %.2f s | %.0f | %,.0f |%n", r.parseMedian() / 1e9,
                r.mbPerSecond(r.parseMedian()), r.recordsPerSecond());
        out.printf("Reader throughput = %.0f%% of the plain Aalto walk, %.0f%% of the JDK walk; "
                        + "peak heap during a parse: %d MB%n", 100.0 * r.walkMedian() / r.parseMedian(),
                100.0 * r.jdkWalkMedian() / r.parseMedian(), r.peakHeapBytes() >> 20);
        out.printf("Runs (s): Aalto walk %s; JDK walk %s; parse %s%n", seconds(r.walkNanos()),
                seconds(r.jdkWalkNanos()), seconds(r.parseNanos()));
        out.flush();
    }

    static String seconds(java.util.List<Long> nanos) {
        return nanos.stream().map(n -> String.format("%.2f", n / 1e9)).collect(Collectors.joining(" "));
    }
}
