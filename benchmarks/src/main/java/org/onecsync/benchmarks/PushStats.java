package org.onecsync.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the pushers saw during one exchange.
 *
 * @param windowNanos from the pushers' start until the last of them stopped
 * @param latencies every push's latency, answered or not, in nanoseconds; kept sorted
 * @param appliedLatencies the latencies of the pushes applied (200, 207 or 202); kept sorted
 * @param statuses how many pushes got each HTTP status (or no answer)
 * @param pushersApplied how many pushers had at least one push applied
 */
record PushStats(long windowNanos, List<Long> latencies, List<Long> appliedLatencies, Map<String, Integer> statuses,
                 int pushersApplied) {

    /** Sorts the latencies once: every percentile reads them by rank. */
    PushStats {
        latencies = latencies.stream().sorted().toList();
        appliedLatencies = appliedLatencies.stream().sorted().toList();
    }

    /** {@return pushes answered per second, whatever the answer} */
    double pushesPerSecond() {
        return windowNanos == 0 ? 0 : latencies.size() / (windowNanos / 1e9);
    }

    /** {@return pushes applied per second} */
    double appliedPerSecond() {
        return windowNanos == 0 ? 0 : appliedLatencies.size() / (windowNanos / 1e9);
    }

    /**
     * A latency percentile of every push, nearest rank.
     *
     * @param percent 0 to 100; 100 is the maximum
     * @return the latency in milliseconds, or 0 without pushes
     */
    double percentileMillis(double percent) {
        return percentile(latencies, percent);
    }

    /**
     * A latency percentile of the applied pushes, nearest rank.
     *
     * @param percent 0 to 100; 100 is the maximum
     * @return the latency in milliseconds, or 0 without applied pushes
     */
    double appliedPercentileMillis(double percent) {
        return percentile(appliedLatencies, percent);
    }

    /** {@return status counts as {@code 200 ×12, 500 ×3}, in the map's order} */
    static String statusText(Map<String, Integer> statuses) {
        return statuses.isEmpty() ? "no pushes" : statuses.entrySet().stream()
                .map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", "));
    }

    private static double percentile(List<Long> sorted, double percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
    }
}
