package org.onecsync.benchmarks;

import java.io.PrintWriter;

/** Prints a feed parse benchmark's figures as the Markdown rows BENCHMARKS.md keeps. */
final class FeedReport {

    private FeedReport() {
    }

    static void print(PrintWriter out, FeedParseBenchmark.Result r) {
        Runtime rt = Runtime.getRuntime();
        out.printf("Machine: %d cores, Java %s (%s), max heap %d MB%n", rt.availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), rt.maxMemory() >> 20);
        out.printf("Input: %d %s feed file(s), %.1f MB, %,d products delivered, %,d skipped%n", r.files(),
                r.format().parserName(), r.bytes() / 1e6, r.products(), r.skipped());
        String walk = r.format() == ExportFormat.CSV
                ? "plain opencsv row walk (RFC4180Parser, windows-1251)" : "plain Jackson token walk";
        String parser = r.format() == ExportFormat.CSV ? "onec-sync CSV parser" : "onec-sync JSON parser";
        out.printf("| reading | median | MB/s | products/s |%n|---|---|---|---|%n");
        out.printf("| %s | %.2f s | %.0f | %,.0f |%n", walk, r.walkMedian() / 1e9, r.mbPerSecond(r.walkMedian()),
                (r.products() + r.skipped()) / (r.walkMedian() / 1e9));
        out.printf("| %s | %.2f s | %.0f | %,.0f |%n", parser, r.parseMedian() / 1e9,
                r.mbPerSecond(r.parseMedian()), r.productsPerSecond());
        out.printf("Parser throughput = %.0f%% of the plain walk (goal: at least 80%%; median of the rounds' own "
                + "ratios: %.0f%%); peak heap during a parse: %d MB%n", 100 * r.shareOfWalk(),
                100 * r.roundShareMedian(), r.peakHeapBytes() >> 20);
        out.printf("Runs (s): walk %s; parse %s%n", BenchmarkCommand.seconds(r.walkNanos()),
                BenchmarkCommand.seconds(r.parseNanos()));
        out.flush();
    }
}
