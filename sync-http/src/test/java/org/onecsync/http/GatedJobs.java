package org.onecsync.http;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * An executor for import jobs whose tasks wait, before they start, until the test opens the gate: a job stays
 * queued, its push's {@code sync_id} claimed, for as long as the test needs.
 */
final class GatedJobs extends ThreadPoolExecutor {

    private final CountDownLatch gate = new CountDownLatch(1);
    private final CountDownLatch arrived = new CountDownLatch(1);

    GatedJobs() {
        super(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>());
    }

    @Override
    protected void beforeExecute(Thread thread, Runnable task) {
        arrived.countDown();
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits (at most {@code timeout}) until a task has been handed to this executor. */
    void awaitTask(Duration timeout) throws InterruptedException {
        if (!arrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("no import job was started within " + timeout);
        }
    }

    /** Lets every task, queued or to come, run. */
    void open() {
        gate.countDown();
    }
}
