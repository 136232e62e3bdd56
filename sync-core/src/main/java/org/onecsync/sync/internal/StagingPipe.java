package org.onecsync.sync.internal;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.onecsync.store.StagedRecord;
import org.onecsync.store.StoreTransaction;

/**
 * Hands staged batches to the store on a thread of their own, so that parsing the next records overlaps with
 * the store writing the last ones (encoding, network, the database's own work). At most {@code depth}
 * batches wait, so memory stays bounded by the batch size. The store's transaction is used by one thread at
 * a time: the pipe's thread until {@link #finish()} returns, the caller's after.
 */
public final class StagingPipe implements AutoCloseable {

    private static final List<StagedRecord> END = List.of();
    private static final long STOP_WAIT_MILLIS = 10_000;

    private final StoreTransaction transaction;
    private final BlockingQueue<List<StagedRecord>> queue;
    private final Thread worker;
    private volatile Throwable failure;

    /**
     * @param transaction the store transaction batches go to
     * @param depth how many batches may wait
     */
    public StagingPipe(StoreTransaction transaction, int depth) {
        this.transaction = transaction;
        this.queue = new ArrayBlockingQueue<>(depth);
        this.worker = new Thread(this::drain, "onec-sync-staging");
        this.worker.setDaemon(true);
        this.worker.start();
    }

    /**
     * Queues a batch; waits while the queue is full.
     *
     * @param batch the records, which the caller no longer changes
     */
    public void stage(List<StagedRecord> batch) {
        rethrow();
        put(batch);
        rethrow();
    }

    /** Waits until every queued batch is staged, and rethrows what staging failed with. */
    public void finish() {
        if (worker.isAlive()) {
            put(END);
            join();
        }
        rethrow();
    }

    /** Stops the thread without waiting for queued batches (used when the import fails). */
    @Override
    public void close() {
        if (worker.isAlive()) {
            worker.interrupt();
            try {
                // A write blocked on the network ignores the interrupt; the rollback that follows ends it.
                worker.join(STOP_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void drain() {
        try {
            while (true) {
                List<StagedRecord> batch = queue.take();
                if (batch == END) {
                    return;
                }
                transaction.stage(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure = e;
            queue.clear();
        }
    }

    private void put(List<StagedRecord> batch) {
        try {
            while (!queue.offer(batch, 50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                // The worker may have died; without this check a full queue would block forever.
                if (failure != null || !worker.isAlive()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while staging", e);
        }
    }

    private void join() {
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while staging", e);
        }
    }

    private void rethrow() {
        Throwable t = failure;
        if (t instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (t instanceof Error error) {
            throw error;
        }
    }
}
