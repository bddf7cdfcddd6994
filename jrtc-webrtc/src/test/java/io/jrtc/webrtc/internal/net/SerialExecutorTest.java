package io.jrtc.webrtc.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SerialExecutorTest {
    @Test
    void runsTasksOneAtATimeInOrderOnAPool() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            SerialExecutor serial = new SerialExecutor(pool);
            List<Integer> order = new ArrayList<>();
            AtomicInteger running = new AtomicInteger();
            AtomicBoolean overlap = new AtomicBoolean();
            CountDownLatch done = new CountDownLatch(1);
            int n = 10_000;
            Thread[] producers = new Thread[1];
            producers[0] = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < n; i++) {
                    int v = i;
                    serial.execute(() -> {
                        if (running.incrementAndGet() != 1) {
                            overlap.set(true);
                        }
                        order.add(v); // unsynchronized on purpose: serial execution makes it safe
                        running.decrementAndGet();
                        if (v == n - 1) {
                            done.countDown();
                        }
                    });
                }
            });
            assertTrue(done.await(30, TimeUnit.SECONDS));
            assertFalse(overlap.get());
            assertEquals(n, order.size());
            for (int i = 0; i < n; i++) {
                assertEquals(i, order.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBlockedContextDoesNotStallAnother() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            SerialExecutor slow = new SerialExecutor(pool);
            SerialExecutor fast = new SerialExecutor(pool);
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch fastDone = new CountDownLatch(100);
            slow.execute(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            for (int i = 0; i < 100; i++) {
                fast.execute(fastDone::countDown);
            }
            // Completes only if the fast context runs while the slow one holds a pool thread.
            assertTrue(fastDone.await(30, TimeUnit.SECONDS));
            release.countDown();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void executeHereRunsAnIdleContextOnTheCallingThread() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try {
            SerialExecutor serial = new SerialExecutor(pool);
            Thread[] ranOn = new Thread[1];
            serial.executeHere(() -> ranOn[0] = Thread.currentThread());
            assertEquals(Thread.currentThread(), ranOn[0], "an idle context runs the task here, at once");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void executeHereOnABusyContextQueuesBehindTheRunningTaskInOrder() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            SerialExecutor serial = new SerialExecutor(pool);
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
            AtomicInteger running = new AtomicInteger();
            AtomicBoolean overlap = new AtomicBoolean();
            serial.execute(() -> {
                running.incrementAndGet();
                inside.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                order.add("pool");
                running.decrementAndGet();
            });
            assertTrue(inside.await(30, TimeUnit.SECONDS));
            Thread caller = Thread.currentThread();
            Thread[] ranOn = new Thread[1];
            serial.executeHere(() -> {
                if (running.incrementAndGet() != 1) {
                    overlap.set(true);
                }
                ranOn[0] = Thread.currentThread();
                order.add("here");
                running.decrementAndGet();
                done.countDown();
            });
            assertTrue(order.isEmpty(), "the task was queued, not run beside the busy one");
            release.countDown();
            assertTrue(done.await(30, TimeUnit.SECONDS));
            assertEquals(List.of("pool", "here"), order);
            assertFalse(overlap.get());
            assertFalse(caller == ranOn[0], "the busy context's own thread ran it");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void executeHereHandsALongQueueBackToThePoolAfterABatch() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try {
            SerialExecutor serial = new SerialExecutor(pool);
            Thread caller = Thread.currentThread();
            int n = 1000;
            CountDownLatch done = new CountDownLatch(n);
            AtomicInteger onCaller = new AtomicInteger();
            List<Integer> order = new java.util.concurrent.CopyOnWriteArrayList<>();
            // The first task queues the rest while the caller drains: the caller must not keep them all.
            serial.executeHere(() -> {
                for (int i = 0; i < n; i++) {
                    int v = i;
                    serial.execute(() -> {
                        if (Thread.currentThread() == caller) {
                            onCaller.incrementAndGet();
                        }
                        order.add(v);
                        done.countDown();
                    });
                }
            });
            assertTrue(done.await(30, TimeUnit.SECONDS));
            assertTrue(onCaller.get() < n, "the calling thread ran every task: " + onCaller.get());
            for (int i = 0; i < n; i++) {
                assertEquals(i, order.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
