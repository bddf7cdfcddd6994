package io.jrtc.srtp.internal;

/**
 * The sliding replay window of RFC 3711 §3.3.2 over packet indices (48-bit SRTP or 31-bit SRTCP),
 * also the record of the highest index received, from which ROC and s_l follow (Appendix A).
 * A ring of bits addressed by index modulo a power of two at least the window size: advancing by
 * one packet clears one bit, so checks and updates are O(1) for in-order traffic.
 */
public final class ReplayWindow {
    /** {@link #check} result: the index is new. */
    public static final int OK = 0;
    /** {@link #check} result: the index was already accepted. */
    public static final int REPLAYED = 1;
    /** {@link #check} result: the index is older than the window reaches. */
    public static final int TOO_OLD = 2;

    private final int size;
    private final long[] bits;
    private final int mask;
    private long highest = -1;

    /** @param size window size in packets, at least 1 */
    public ReplayWindow(int size) {
        this.size = size;
        int capacity = Math.max(64, Integer.highestOneBit(size - 1) << 1);
        this.bits = new long[capacity >>> 6];
        this.mask = capacity - 1;
    }

    /** Highest index accepted, or -1 before the first. */
    public long highest() {
        return highest;
    }

    /** Whether {@code index} may be accepted: {@link #OK}, {@link #REPLAYED} or {@link #TOO_OLD}. */
    public int check(long index) {
        if (index > highest) {
            return OK;
        }
        if (highest - index >= size) {
            return TOO_OLD;
        }
        return isSet(index) ? REPLAYED : OK;
    }

    /** Records {@code index} as received (call only after it authenticated and {@link #check} was OK). */
    public void accept(long index) {
        if (index > highest) {
            long advance = highest < 0 ? Long.MAX_VALUE : index - highest;
            if (advance > mask) {
                java.util.Arrays.fill(bits, 0L);
            } else {
                for (long i = highest + 1; i < index; i++) {
                    clear(i);
                }
            }
            highest = index;
        }
        set(index);
    }

    private boolean isSet(long index) {
        int bit = (int) index & mask;
        return (bits[bit >>> 6] & (1L << bit)) != 0;
    }

    private void set(long index) {
        int bit = (int) index & mask;
        bits[bit >>> 6] |= 1L << bit;
    }

    private void clear(long index) {
        int bit = (int) index & mask;
        bits[bit >>> 6] &= ~(1L << bit);
    }
}
