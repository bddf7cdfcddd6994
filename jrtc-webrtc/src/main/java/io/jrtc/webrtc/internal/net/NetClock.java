package io.jrtc.webrtc.internal.net;

import java.util.concurrent.Future;

/**
 * A connection's time: the clock its engine reads and the wake-ups its timer asks for. The
 * machine's ({@link MachinePlatform}: {@code System.nanoTime()} and one scheduler thread) or a
 * simulation's virtual time.
 */
interface NetClock {
    /** Monotonic nanoseconds, the time base of every engine driven on this clock. */
    long nanoTime();

    /** Runs {@code task} once, {@code delayNanos} from now, unless the returned future is cancelled first. */
    Future<?> schedule(Runnable task, long delayNanos);
}
