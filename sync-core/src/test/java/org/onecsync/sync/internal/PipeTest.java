package org.onecsync.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PipeTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() throws InterruptedException {
        // A test that interrupts the current thread must not leak the flag into the next one.
        Thread.interrupted();
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
    }

    private static List<Integer> numbers(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    @Test
    void everyItemIsHandledInOrderOnTheTasksThread() {
        List<Integer> handled = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
        try (Pipe<Integer> pipe = new Pipe<>(executor, 2, item -> {
            handled.add(item);
            threads.add(Thread.currentThread());
        }, () -> { })) {
            for (int i = 0; i < 50; i++) {
                pipe.put(numbers(i * 10, i * 10 + 10));
            }
            pipe.finish();
        }
        assertEquals(numbers(0, 500), handled);
        assertTrue(threads.stream().noneMatch(t -> t == Thread.currentThread()));
    }

    @Test
    void closeWaitsForTheTaskHoweverLongItsCurrentItemTakesAndHandlesNothingAfterIt() throws InterruptedException {
        CountDownLatch inside = new CountDownLatch(1);
        AtomicBoolean left = new AtomicBoolean();
        AtomicInteger handled = new AtomicInteger();
        Pipe<Integer> pipe = new Pipe<>(executor, 4, item -> {
            handled.incrementAndGet();
            if (item == 0) {
                inside.countDown();
                sleep(1_500);
                left.set(true);
            }
        }, () -> { });
        pipe.put(numbers(0, 100));
        pipe.put(numbers(100, 200));
        assertTrue(inside.await(10, TimeUnit.SECONDS));

        long started = System.nanoTime();
        pipe.close();

        assertTrue(left.get(), "close returned while the task was still inside an item");
        assertTrue(System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(1_000));
        assertEquals(1, handled.get());
    }

    @Test
    void closeKeepsTheImportingThreadsInterruptFlagAndStillWaits() throws InterruptedException {
        CountDownLatch inside = new CountDownLatch(1);
        AtomicBoolean left = new AtomicBoolean();
        Pipe<Integer> pipe = new Pipe<>(executor, 4, item -> {
            inside.countDown();
            sleep(500);
            left.set(true);
        }, () -> { });
        pipe.put(List.of(1));
        assertTrue(inside.await(10, TimeUnit.SECONDS));

        Thread.currentThread().interrupt();
        pipe.close();

        assertTrue(Thread.currentThread().isInterrupted());
        assertTrue(left.get());
    }

    @Test
    void aCheckpointThatThrowsEndsTheWaitForTheTaskAndCloseThenStopsIt() throws InterruptedException {
        CountDownLatch inside = new CountDownLatch(1);
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicBoolean left = new AtomicBoolean();
        Pipe<Integer> pipe = new Pipe<>(executor, 4, item -> {
            inside.countDown();
            sleep(300);
            left.set(true);
        }, () -> {
            if (cancelled.get()) {
                throw new IllegalStateException("cancelled");
            }
        });
        pipe.put(numbers(0, 1000));
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        cancelled.set(true);

        assertEquals("cancelled", assertThrows(IllegalStateException.class, pipe::finish).getMessage());
        pipe.close();

        assertTrue(left.get());
    }

    @Test
    void whatTheTaskFailsWithIsRethrownAsItIs() {
        Error error = new StackOverflowError();
        Pipe<Integer> pipe = new Pipe<>(executor, 1, item -> {
            throw error;
        }, () -> { });

        // The first put may already see the failure, if the task took its chunk at once.
        assertSame(error, assertThrows(StackOverflowError.class, () -> {
            for (int i = 0; i < 100; i++) {
                pipe.put(List.of(i));
            }
            pipe.finish();
        }));
        pipe.close();
    }

    @Test
    void anExecutorThatNeverStartsTheTaskLeavesTheWorkToTheImportingThread() {
        List<Runnable> neverRun = new ArrayList<>();
        List<Integer> handled = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        try (Pipe<Integer> pipe = new Pipe<>(neverRun::add, 2, item -> {
            handled.add(item);
            threads.add(Thread.currentThread());
        }, () -> { })) {
            for (int i = 0; i < 10; i++) {
                pipe.put(numbers(i * 10, i * 10 + 10));
            }
            pipe.finish();
        }
        assertEquals(numbers(0, 100), handled);
        assertTrue(threads.stream().allMatch(t -> t == Thread.currentThread()));
        // The task, started late, finds the work taken and touches nothing.
        neverRun.get(0).run();
        assertEquals(100, handled.size());
    }

    @Test
    void aDirectOrRefusingExecutorRunsTheWorkOnTheImportingThread() {
        for (java.util.concurrent.Executor inline : List.<java.util.concurrent.Executor>of(Runnable::run,
                task -> {
                    throw new RejectedExecutionException("full");
                })) {
            List<Integer> handled = new ArrayList<>();
            try (Pipe<Integer> pipe = new Pipe<>(inline, 1, handled::add, () -> { })) {
                pipe.put(numbers(0, 5));
                pipe.put(numbers(5, 10));
                pipe.finish();
            }
            assertEquals(numbers(0, 10), handled);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
