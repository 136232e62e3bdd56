package org.onecsync.sync.internal;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Hands chunks from the importing thread to one task on the caller's {@link Executor}, so that parsing overlaps
 * the store's work; at most {@code depth} chunks wait, so memory stays bounded.
 *
 * <p>The items are handled on exactly one thread at a time, and each handover happens-before the next: the
 * task's until {@link #finish()} or {@link #close()} returns, the importing thread's after (through the queue
 * and the task's end). That is what lets the store's transaction, which is not thread-safe, be used from both.
 * Without an executor, with one that refuses the task, or with one that has not started it by the time the
 * queue is full or the reading is over, the importing thread handles the items itself; a task that starts
 * later finds the work taken and returns at once.
 *
 * @param <T> the item type
 */
final class Pipe<T> implements AutoCloseable {

    private static final Object END = new Object();
    private static final long POLL_MILLIS = 50;

    private static final int PENDING = 0;
    private static final int TASK = 1;
    private static final int INLINE = 2;
    private static final int CLOSED = 3;

    private final Consumer<T> handler;
    private final Runnable checkpoint;
    private final BlockingQueue<Object> queue;
    private final CountDownLatch done = new CountDownLatch(1);
    private final AtomicInteger mode;
    private final Thread importer = Thread.currentThread();
    private volatile Throwable failure;
    private volatile boolean stopped;

    /**
     * @param executor runs the task, or {@code null} to handle everything on the importing thread
     * @param depth how many chunks may wait
     * @param handler handles each item in order
     * @param checkpoint run on the importing thread while it waits for the task; throws to stop waiting
     *        (a cancelled import)
     */
    Pipe(Executor executor, int depth, Consumer<T> handler, Runnable checkpoint) {
        this.handler = handler;
        this.checkpoint = checkpoint;
        this.queue = new ArrayBlockingQueue<>(depth);
        this.mode = new AtomicInteger(executor == null ? INLINE : PENDING);
        if (executor != null) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                mode.set(INLINE);
            }
        }
    }

    /**
     * Queues a chunk, or handles it at once when the importing thread does the work; waits while the queue is
     * full.
     *
     * @param chunk items the caller no longer changes
     */
    void put(List<T> chunk) {
        rethrow();
        if (mode.get() == INLINE || !offer(chunk)) {
            handle(chunk);
        }
        rethrow();
    }

    /** Waits until every chunk is handled, and rethrows what the task failed with. */
    void finish() {
        if (mode.get() == TASK || !takeOver()) {
            if (offer(END)) {
                await(true);
            }
        }
        rethrow();
    }

    /**
     * Stops the task without handling what waits, and waits for it to stop, however long that takes: until it
     * has, it may be using the transaction, and nothing else may. Never throws.
     */
    @Override
    public void close() {
        stopped = true;
        if (mode.compareAndSet(PENDING, CLOSED) || mode.get() != TASK || done.getCount() == 0) {
            queue.clear();
            return;
        }
        queue.clear();
        // Only this thread puts, and the queue was just emptied: there is room for the end mark.
        queue.offer(END);
        await(false);
    }

    private void drain() {
        if (Thread.currentThread() == importer) {
            // A direct executor runs the task inside execute(): waiting here for chunks would never end.
            mode.compareAndSet(PENDING, INLINE);
            return;
        }
        if (!mode.compareAndSet(PENDING, TASK)) {
            return;
        }
        try {
            while (!stopped) {
                Object item = queue.take();
                if (item == END) {
                    return;
                }
                @SuppressWarnings("unchecked")
                List<T> chunk = (List<T>) item;
                handle(chunk);
            }
        } catch (InterruptedException e) {
            // The executor is shutting down: the import cannot go on, and the task's thread keeps its flag.
            Thread.currentThread().interrupt();
            failure = e;
        } catch (Throwable t) {
            failure = t;
        } finally {
            queue.clear();
            done.countDown();
        }
    }

    private void handle(List<T> chunk) {
        // When the importing thread does the work itself, nobody waits to see a cancel: it checks per item.
        boolean inline = Thread.currentThread() == importer;
        for (T item : chunk) {
            if (stopped) {
                return;
            }
            if (inline) {
                checkpoint.run();
            }
            handler.accept(item);
        }
    }

    /**
     * Queues an item for the task.
     *
     * @return {@code true} when queued (or the task has ended and takes nothing more); {@code false} when the
     *         task had not started, so the importing thread took the work over and must handle the item itself
     */
    private boolean offer(Object item) {
        try {
            while (!queue.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                // A task that failed takes nothing more; without this check a full queue would block forever.
                if (done.getCount() == 0) {
                    return true;
                }
                if (takeOver()) {
                    return false;
                }
                checkpoint.run();
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            checkpoint.run();
            throw new IllegalStateException("the importing thread was interrupted", e);
        }
    }

    /** Takes the work over from a task that has not started, handling what it left queued; false if it has. */
    private boolean takeOver() {
        if (!mode.compareAndSet(PENDING, INLINE)) {
            return mode.get() == INLINE;
        }
        for (Object item = queue.poll(); item != null; item = queue.poll()) {
            if (item != END) {
                @SuppressWarnings("unchecked")
                List<T> chunk = (List<T>) item;
                handle(chunk);
            }
        }
        return true;
    }

    /**
     * Waits for the task to end, keeping the interrupt flag. A cancellable wait shows the flag to the
     * checkpoint, which stops the import; the wait in {@link #close()} goes on regardless.
     */
    private void await(boolean cancellable) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (done.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
                if (cancellable) {
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    checkpoint.run();
                    // Cleared again so that the wait goes on instead of spinning; set again in finally.
                    interrupted |= Thread.interrupted();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
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
            throw new IllegalStateException("the import's worker task failed", t);
        }
    }
}
