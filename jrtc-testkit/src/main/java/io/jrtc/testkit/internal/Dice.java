package io.jrtc.testkit.internal;

import java.util.Random;

/**
 * The one source of randomness of a simulation. It uses only {@link Random#nextDouble()}, whose
 * algorithm {@code java.util.Random} specifies exactly, so a seed gives the same run on every JDK.
 * Draws happen only for features that are switched on, always in the same order for a packet.
 */
public final class Dice {
    private final Random random;

    /** A dice seeded with {@code seed}. */
    public Dice(long seed) {
        this.random = new Random(seed);
    }

    /** True with probability {@code p}; draws nothing when the answer is certain (p ≤ 0 or ≥ 1). */
    public boolean chance(double p) {
        if (p <= 0) {
            return false;
        }
        if (p >= 1) {
            return true;
        }
        return random.nextDouble() < p;
    }

    /** A uniformly distributed value in {@code [low, high]}, both inclusive. */
    public long uniform(long low, long high) {
        if (high <= low) {
            return low;
        }
        long span = high - low + 1;
        long offset = (long) (random.nextDouble() * span);
        return low + Math.min(offset, span - 1);
    }
}
