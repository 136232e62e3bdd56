package org.onecsync.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * Watches the heap while a benchmark step runs and keeps the most heap in use at any sample, every 10 ms.
 * Garbage not yet collected counts too, so the figure is an upper bound of what the import holds.
 */
final class HeapSampler implements AutoCloseable {

    private static final long INTERVAL_MILLIS = 10;

    private final Thread thread;
    private volatile boolean running = true;
    private volatile long maxUsed;

    HeapSampler() {
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    long maxUsed() {
        return maxUsed;
    }

    private void sample() {
        while (running) {
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            maxUsed = Math.max(maxUsed, used);
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
