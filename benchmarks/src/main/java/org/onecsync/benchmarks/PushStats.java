package org.onecsync.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the pushers saw during one exchange.
 *
 * @param windowNanos from the pushers' start until the last of them stopped
 * @param latencies every push's latency, answered or not, in nanoseconds
 * @param appliedLatencies the latencies of the pushes applied (200, 207 or 202)
 * @param statuses how many pushes got each HTTP status (or no answer)
 * @param pushersApplied how many pushers had at least one push applied
 */
record PushStats(long windowNanos, List<Long> latencies, List<Long> appliedLatencies, Map<String, Integer> statuses,
                 int pushersApplied) {

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

    /** {@return the status counts as {@code 200 ×12, 500 ×3}} */
    String statusText() {
        return statuses.isEmpty() ? "no pushes" : statuses.entrySet().stream()
                .map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", "));
    }

    static double percentile(List<Long> values, double percent) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
    }
}
