package io.jrtc.webrtc.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
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
    private static final class ManualScheduler implements NetClock {
        private final List<FutureTask<Void>> tasks = new ArrayList<>();
        int cancelled;

        int queued() {
            return (int) tasks.stream().filter(t -> !t.isCancelled()).count();
        }

        /** Runs the first task not cancelled; false if there is none. */
        boolean runNext() {
            while (!tasks.isEmpty()) {
                FutureTask<Void> t = tasks.remove(0);
                if (!t.isCancelled()) {
                    t.run();
                    return true;
                }
            }
            return false;
        }

        @Override
        public long nanoTime() {
            return NanoClock.now();
        }

        @Override
        public Future<?> schedule(Runnable command, long delayNanos) {
            FutureTask<Void> t = new FutureTask<>(command, null) {
                @Override
                public boolean cancel(boolean interrupt) {
                    boolean c = super.cancel(interrupt);
                    if (c) {
                        cancelled++;
                    }
                    return c;
                }
            };
            tasks.add(t);
            return t;
        }
    }
}
