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
}
