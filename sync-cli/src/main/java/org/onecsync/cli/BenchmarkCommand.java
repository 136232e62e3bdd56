package org.onecsync.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.onecsync.SyncException;
import org.onecsync.commerceml.bench.ParseBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code onec-sync benchmark}: the CommerceML reader's throughput next to a plain StAX event walk over the same
 * files in the same run, and the peak heap.
 */
@Command(name = "benchmark",
        description = {"Measures parsing throughput (MB/s, records/s; median of several runs) of an export against",
            "a plain StAX event walk over the same files in the same run, and the peak heap.",
            "Run with -Xmx to show the reader stays within a small heap, e.g.",
            "ONEC_SYNC_JAVA_OPTS=-Xmx128m bin/onec-sync benchmark --in DIR"},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Measured.", "1:The export cannot be read.", "2:Bad command line."})
public final class BenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "DIR", description = "The export folder to read.")
    Path in;

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
        if (!Files.isDirectory(in)) {
            throw new SyncException("not a folder: " + in);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Reading %s: %d warm-up and %d measured runs…%n", in, warmups, runs);
        out.flush();
        ParseBenchmark.Result r = ParseBenchmark.run(in, warmups, runs);
        report(out, r);
        return ExitCodes.OK;
    }

    private void report(PrintWriter out, ParseBenchmark.Result r) {
        Runtime rt = Runtime.getRuntime();
        out.printf("Machine: %d cores, Java %s (%s), max heap %d MB%n", rt.availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), rt.maxMemory() >> 20);
        out.printf("Input: %d CommerceML files, %.1f MB, %,d records%n", r.files(), r.bytes() / 1e6, r.records());
        out.printf("| reading | median | MB/s | records/s |%n|---|---|---|---|%n");
        out.printf("| plain StAX event walk (Aalto) | %.2f s | %.0f | – |%n", r.walkMedian() / 1e9,
                r.mbPerSecond(r.walkMedian()));
        out.printf("| onec-sync CommerceML reader | %.2f s | %.0f | %,.0f |%n", r.parseMedian() / 1e9,
                r.mbPerSecond(r.parseMedian()), r.recordsPerSecond());
        out.printf("Reader throughput = %.0f%% of the plain walk; peak heap during a parse: %d MB%n",
                100.0 * r.walkMedian() / r.parseMedian(), r.peakHeapBytes() >> 20);
        out.printf("Runs (s): walk %s; parse %s%n", seconds(r.walkNanos()), seconds(r.parseNanos()));
        out.flush();
    }

    private static String seconds(java.util.List<Long> nanos) {
        return nanos.stream().map(n -> String.format("%.2f", n / 1e9)).collect(Collectors.joining(" "));
    }
}
