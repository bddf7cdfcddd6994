package io.jrtc.testkit;

import io.jrtc.testkit.internal.TimeFormat;
import java.time.Duration;

/**
 * Simulated time in nanoseconds. It moves only when told to and never backwards, so everything
 * that reads it sees a consistent, reproducible timeline.
 */
public final class VirtualClock {
    private final long epochNanos;
    private long now;

    /** A clock starting at 0. */
    public VirtualClock() {
        this(0);
    }

    /** A clock starting at {@code epochNanos}. */
    public VirtualClock(long epochNanos) {
        this.epochNanos = epochNanos;
        this.now = epochNanos;
    }

    /** The current time in nanoseconds. */
    public long now() {
        return now;
    }

    /** The time the clock started at. */
    public long epochNanos() {
        return epochNanos;
    }

    /** Time elapsed since the epoch. */
    public Duration elapsed() {
        return Duration.ofNanos(now - epochNanos);
    }

    /**
     * Sets the time; setting the current time again is allowed.
     *
     * @throws IllegalArgumentException if {@code nanos} is before {@link #now()}
     */
    public void advanceTo(long nanos) {
        if (nanos < now) {
            throw new IllegalArgumentException("virtual time cannot go backwards: now "
                    + TimeFormat.seconds(now) + ", asked for " + TimeFormat.seconds(nanos));
        }
        now = nanos;
    }

    /**
     * Moves time forward by {@code duration}.
     *
     * @throws IllegalArgumentException if the duration is negative or overflows the clock
     */
    public void advanceBy(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("virtual time cannot go backwards: " + duration);
        }
        try {
            advanceTo(Math.addExact(now, duration.toNanos()));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("advancing by " + duration + " overflows the clock", e);
        }
    }

    @Override
    public String toString() {
        return "VirtualClock[" + TimeFormat.seconds(now) + "]";
    }
}
