package org.onecsync.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.onecsync.cli.ServeCommand;

/**
 * Concurrent JSON pushers ({@code POST /api/1c/sync} with {@code X-API-Key}), one thread and one HTTP client
 * (so one connection) each, pushing their body back to back until {@link #stop()}. A push that is not applied
 * (any answer but 200, 207 or 202, or no answer) is followed by a pause before the next: the seconds of its
 * {@code Retry-After} when it has one, else {@code refusedPause}, as a well-behaved client backs off.
 */
final class Pushers {

    private final List<Pusher> pushers = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private long started;

    /**
     * @param server the server
     * @param bodies one body per pusher
     * @param requestTimeout how long one push may take
     * @param refusedPause the pause after a push not applied without a {@code Retry-After}
     */
    Pushers(BenchServer server, List<byte[]> bodies, Duration requestTimeout, Duration refusedPause) {
        URI uri = URI.create(server.base() + ServeCommand.API_PATH + "/sync");
        for (int i = 0; i < bodies.size(); i++) {
            pushers.add(new Pusher(i, uri, server.apiKey, bodies.get(i), requestTimeout, refusedPause));
        }
    }

    /** Starts every pusher. */
    void start() {
        started = System.nanoTime();
        for (Pusher pusher : pushers) {
            pusher.thread.start();
        }
    }

    /** Stops the pushers and waits for their pushes in flight, whose answers still count. */
    PushStats stop() throws InterruptedException {
        stopped.countDown();
        for (Pusher pusher : pushers) {
            pusher.thread.join();
        }
        long ended = System.nanoTime();
        List<Long> latencies = new ArrayList<>();
        List<Long> applied = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        int succeeded = 0;
        for (Pusher pusher : pushers) {
            latencies.addAll(pusher.latencies);
            applied.addAll(pusher.appliedLatencies);
            pusher.statuses.forEach((status, count) -> statuses.merge(status, count, Integer::sum));
            succeeded += pusher.appliedLatencies.isEmpty() ? 0 : 1;
        }
        return new PushStats(ended - started, latencies, applied, statuses, succeeded);
    }

    /** One pusher: its thread and what it saw, read by {@link #stop()} after the thread ended. */
    private final class Pusher implements Runnable {
        final Thread thread;
        final List<Long> latencies = new ArrayList<>();
        final List<Long> appliedLatencies = new ArrayList<>();
        final Map<String, Integer> statuses = new TreeMap<>();
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private final HttpRequest request;
        private final Duration refusedPause;

        Pusher(int index, URI uri, String key, byte[] body, Duration timeout, Duration refusedPause) {
            this.thread = new Thread(this, "bench-pusher-" + index);
            this.thread.setDaemon(true);
            this.request = HttpRequest.newBuilder(uri).timeout(timeout).header("X-API-Key", key)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            this.refusedPause = refusedPause;
        }

        @Override
        public void run() {
            try {
                while (stopped.getCount() > 0) {
                    Duration pause = pushOnce();
                    if (pause != null && stopped.await(pause.toMillis(), TimeUnit.MILLISECONDS)) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** One push; returns the pause before the next, or {@code null} after an applied push. */
        private Duration pushOnce() throws InterruptedException {
            long start = System.nanoTime();
            String status;
            Duration pause = refusedPause;
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                int code = response.statusCode();
                status = Integer.toString(code);
                if (code == 200 || code == 207 || code == 202) {
                    pause = null;
                } else {
                    pause = response.headers().firstValue("Retry-After").map(Pushers::seconds).orElse(refusedPause);
                }
            } catch (IOException e) {
                status = "no answer (" + e.getClass().getSimpleName() + ")";
            }
            long latency = System.nanoTime() - start;
            latencies.add(latency);
            if (pause == null) {
                appliedLatencies.add(latency);
            }
            statuses.merge(status, 1, Integer::sum);
            return pause;
        }
    }

    /** A {@code Retry-After} in seconds, bounded to 10 s; an HTTP date or garbage counts as 1 s. */
    private static Duration seconds(String value) {
        try {
            return Duration.ofSeconds(Math.min(10, Math.max(0, Long.parseLong(value.trim()))));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }
}
