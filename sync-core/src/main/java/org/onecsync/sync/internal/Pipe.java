package org.onecsync.sync.internal;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands chunks from the reading thread to a worker on the caller's {@link Executor}, so that parsing overlaps
 * the store's work; without an executor the worker runs on the reading thread. At most {@code depth} chunks
 * wait, so memory stays bounded. The worker's state is used by one thread at a time: the worker's until
 * {@link #finish()} or {@link #close()} returns, the caller's after.
 *
 * @param <T> the chunk type
 */
public final class Pipe<T> implements AutoCloseable {

    private static final Object END = new Object();

    private final Consumer<List<T>> worker;
    private final BlockingQueue<Object> queue;
    private final CountDownLatch done = new CountDownLatch(1);
    private final boolean threaded;
    private volatile Throwable failure;
    private volatile boolean stopped;

    /**
     * @param executor runs the worker, or {@code null} to run it inline
     * @param depth how many chunks may wait
     * @param worker handles each chunk in order
     */
    public Pipe(Executor executor, int depth, Consumer<List<T>> worker) {
        this.worker = worker;
        this.queue = new ArrayBlockingQueue<>(depth);
        boolean started = false;
        if (executor != null) {
            try {
                executor.execute(this::drain);
                started = true;
            } catch (RejectedExecutionException e) {
                started = false;
            }
        }
        this.threaded = started;
    }

    /**
     * Queues a chunk (or handles it at once without an executor); waits while the queue is full.
     *
     * @param chunk records the caller no longer changes
     */
    public void put(List<T> chunk) {
        rethrow();
        if (!threaded) {
            worker.accept(chunk);
            return;
        }
        offer(chunk);
        rethrow();
    }

    /** Waits until every chunk is handled, and rethrows what the worker failed with. */
    public void finish() {
        if (threaded) {
            offer(END);
            await();
        }
        rethrow();
    }

    /** Stops the worker without handling what waits, and waits for it to stop. */
    @Override
    public void close() {
        if (threaded && done.getCount() > 0) {
            stopped = true;
            queue.clear();
            queue.offer(END);
            await();
        }
    }

    private void drain() {
        try {
            while (!stopped) {
                Object item = queue.take();
                if (item == END) {
                    return;
                }
                @SuppressWarnings("unchecked")
                List<T> chunk = (List<T>) item;
                worker.accept(chunk);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = e;
        } catch (RuntimeException | Error e) {
            failure = e;
        } finally {
            queue.clear();
            done.countDown();
        }
    }

    private void offer(Object item) {
        try {
            while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                // A worker that failed takes nothing more; without this check a full queue would block forever.
                if (done.getCount() == 0) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the export", e);
        }
    }

    private void await() {
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                // The worker uses the transaction; the caller must not touch it before the worker stops.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
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
        if (t != null) {
            throw new IllegalStateException("the import's worker was interrupted", t);
        }
    }
}
