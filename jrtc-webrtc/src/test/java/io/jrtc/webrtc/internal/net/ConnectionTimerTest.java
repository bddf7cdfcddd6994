package io.jrtc.webrtc.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The connection's wake-up. The scheduler here runs tasks only when the test says so, and its
 * futures are {@link FutureTask}s like a real {@code ScheduledThreadPoolExecutor}'s: not done while
 * their task runs. That makes the race of the runtime deterministic: the serial context handling
 * the wake-up (and re-arming) before the scheduler thread has finished the task that handed it over.
 */
class ConnectionTimerTest {
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<String> log = new ArrayList<>();
    private ConnectionTimer timer;

    @Test
    void aWakeUpThatReArmsWhileItsTaskIsStillRunningSchedulesTheNextOne() {
        long[] next = {NanoClock.now() + 1_000_000};
        timer = new ConnectionTimer(scheduler, () -> {
            // The serial context ran onTimer before the scheduler thread returned from this task.
            timer.fired();
            log.add("wake");
            next[0] += 1_000_000;
            timer.arm(next[0]);
        });
        timer.arm(next[0]);
        assertEquals(1, scheduler.queued());
        scheduler.runNext();
        assertEquals(1, scheduler.queued(), "the engine's next deadline must get a wake-up of its own");
        scheduler.runNext();
        scheduler.runNext();
        assertEquals(List.of("wake", "wake", "wake"), log);
    }

    @Test
    void aLaterDeadlineKeepsThePendingWakeUpAndAnEarlierOneReplacesIt() {
        timer = new ConnectionTimer(scheduler, () -> log.add("wake"));
        long now = NanoClock.now();
        timer.arm(now + 50_000_000);
        timer.arm(now + 80_000_000);
        assertEquals(1, scheduler.queued(), "steady traffic must not reschedule per packet");
        timer.arm(now + 10_000_000);
        assertEquals(1, scheduler.queued(), "the earlier deadline replaces the pending wake-up");
        assertTrue(scheduler.cancelled == 1);
        timer.arm(Long.MAX_VALUE);
        assertEquals(1, scheduler.queued());
        scheduler.runNext();
        assertEquals(List.of("wake"), log);
    }

    @Test
    void afterAWakeUpTheNextArmSchedulesEvenForALaterDeadline() {
        timer = new ConnectionTimer(scheduler, () -> log.add("wake"));
        long now = NanoClock.now();
        timer.arm(now + 1_000_000);
        scheduler.runNext();
        timer.fired();
        timer.arm(now + 90_000_000);
        assertEquals(1, scheduler.queued());
        timer.cancel();
        assertFalse(scheduler.runNext(), "a cancelled wake-up does not run");
        assertEquals(List.of("wake"), log);
    }

    /** Runs scheduled tasks one by one on the test's thread, in the order they were scheduled. */
    private static final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {
        private final List<Task> tasks = new ArrayList<>();
        int cancelled;

        int queued() {
            return (int) tasks.stream().filter(t -> !t.isCancelled()).count();
        }

        /** Runs the first task not cancelled; false if there is none. */
        boolean runNext() {
            while (!tasks.isEmpty()) {
                Task t = tasks.remove(0);
                if (!t.isCancelled()) {
                    t.run();
                    return true;
                }
            }
            return false;
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            Task t = new Task(command, unit.toNanos(delay));
            tasks.add(t);
            return t;
        }

        private final class Task extends FutureTask<Void> implements ScheduledFuture<Void> {
            private final long delayNanos;

            Task(Runnable r, long delayNanos) {
                super(r, null);
                this.delayNanos = delayNanos;
            }

            @Override
            public boolean cancel(boolean interrupt) {
                boolean c = super.cancel(interrupt);
                if (c) {
                    cancelled++;
                }
                return c;
            }

            @Override
            public long getDelay(TimeUnit unit) {
                return unit.convert(delayNanos, TimeUnit.NANOSECONDS);
            }

            @Override
            public int compareTo(Delayed o) {
                return Long.compare(delayNanos, o.getDelay(TimeUnit.NANOSECONDS));
            }
        }

        @Override
        public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void execute(Runnable command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
