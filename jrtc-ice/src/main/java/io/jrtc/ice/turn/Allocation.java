package io.jrtc.ice.turn;

import java.net.InetSocketAddress;

/** The allocation's addresses and when to refresh it (RFC 8656 §8). */
final class Allocation {
    InetSocketAddress relayed;
    InetSocketAddress mapped;
    boolean refreshing;
    private long refreshAt = Long.MAX_VALUE;

    /** Schedules the next Refresh for a lifetime granted at {@code now}. */
    void granted(long now, long lifetimeSeconds) {
        refreshing = false;
        // Refresh a minute before expiry, or at half-time for lifetimes under two minutes, so a
        // lost Refresh still has time for its retransmissions.
        long seconds = Math.max(lifetimeSeconds - 60, lifetimeSeconds / 2);
        refreshAt = now + Math.max(1, seconds) * 1_000_000_000L;
    }

    boolean refreshDue(long now) {
        return !refreshing && refreshAt <= now;
    }

    long nextRefresh() {
        return refreshing ? Long.MAX_VALUE : refreshAt;
    }
}
