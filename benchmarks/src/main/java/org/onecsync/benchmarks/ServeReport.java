package org.onecsync.benchmarks;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/** Prints {@code benchmark-serve}'s runs as they end, then the medians of each database's measured runs. */
final class ServeReport {

    private ServeReport() {
    }

    /**
     * One run, as soon as it ended.
     *
     * @param out where to print
     * @param database the database's name
     * @param run the run's number from 0; below 0 a warm-up
     * @param r the run
     */
    static void printRun(PrintWriter out, String database, int run, ServeRun r) {
        ExchangeTiming e = r.exchange();
        PushStats p = r.pushes();
        out.printf(Locale.ROOT, "%s %s: exchange %.2f s (uploads %.2f s, imports %.2f s = %.0f %%; %d file calls, "
                + "%d import calls, %d imports failed%s), from disk %.2f s, exchange/disk %.2f; %d pushes in %.2f s "
                + "(%.1f/s, %d applied = %.1f/s), latency p50 %.0f p95 %.0f p99 %.0f max %.0f ms; statuses %s; "
                + "load %s → %s%n",
                database, run < 0 ? "warm-up" : "run " + (run + 1), e.totalNanos() / 1e9, e.uploadNanos() / 1e9,
                e.importNanos() / 1e9, 100 * e.importShare(), e.uploadCalls(), e.importCalls(), e.failedImports(),
                e.firstFailure() == null ? "" : ", first: " + oneLine(e.firstFailure()), r.disk() / 1e9, r.ratio(),
                p.latencies().size(), p.windowNanos() / 1e9, p.pushesPerSecond(), p.appliedLatencies().size(),
                p.appliedPerSecond(), p.percentileMillis(50), p.percentileMillis(95), p.percentileMillis(99),
                p.percentileMillis(100), PushStats.statusText(p.statuses()), r.loadBefore(), r.loadAfter());
        out.flush();
    }

    /**
     * The medians of every database's runs, one table row each, with the runs' status counts summed.
     *
     * @param out where to print
     * @param results the measured runs by database
     */
    static void printMedians(PrintWriter out, Map<String, List<ServeRun>> results) {
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "Machine: %d cores, Java %s, max heap %d MB%n", rt.availableProcessors(),
                System.getProperty("java.version"), rt.maxMemory() >> 20);
        out.println("| database | exchange | in import calls | from disk | exchange / disk | pushes/s | applied/s "
                + "| p50 | p95 | p99 | max | p50 applied | p99 applied |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Map.Entry<String, List<ServeRun>> entry : results.entrySet()) {
            List<ServeRun> runs = entry.getValue();
            out.printf(Locale.ROOT, "| %s | %.2f s | %.0f %% | %.2f s | %.2f | %.1f | %.1f | %.0f ms | %.0f ms | "
                    + "%.0f ms | %.0f ms | %.0f ms | %.0f ms |%n", entry.getKey(),
                    median(runs, r -> r.exchange().totalNanos() / 1e9),
                    median(runs, r -> 100 * r.exchange().importShare()), median(runs, r -> r.disk() / 1e9),
                    median(runs, ServeRun::ratio), median(runs, r -> r.pushes().pushesPerSecond()),
                    median(runs, r -> r.pushes().appliedPerSecond()),
                    median(runs, r -> r.pushes().percentileMillis(50)),
                    median(runs, r -> r.pushes().percentileMillis(95)),
                    median(runs, r -> r.pushes().percentileMillis(99)),
                    median(runs, r -> r.pushes().percentileMillis(100)),
                    median(runs, r -> r.pushes().appliedPercentileMillis(50)),
                    median(runs, r -> r.pushes().appliedPercentileMillis(99)));
        }
        for (Map.Entry<String, List<ServeRun>> entry : results.entrySet()) {
            Map<String, Integer> statuses = new TreeMap<>();
            int failedImports = 0;
            for (ServeRun run : entry.getValue()) {
                run.pushes().statuses().forEach((status, count) -> statuses.merge(status, count, Integer::sum));
                failedImports += run.exchange().failedImports();
            }
            out.printf("%s, all %d runs: push statuses %s; exchange imports answered failure %d times%n",
                    entry.getKey(), entry.getValue().size(),
                    PushStats.statusText(statuses), failedImports);
        }
        out.flush();
    }

    private static double median(List<ServeRun> runs, ToDoubleFunction<ServeRun> metric) {
        List<Double> values = new ArrayList<>();
        for (ServeRun run : runs) {
            values.add(metric.applyAsDouble(run));
        }
        Collections.sort(values);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    private static String oneLine(String text) {
        String line = text.replace('\n', ' ');
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
