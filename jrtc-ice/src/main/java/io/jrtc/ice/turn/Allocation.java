package io.jrtc.ice.turn;

import java.net.InetSocketAddress;

/** The allocation's addresses and when to refresh it (RFC 8656 §8). */
final class Allocation {
    InetSocketAddress relayed;
    InetSocketAddress mapped;
    boolean refreshing;
    private long refreshAt = Long.MAX_VALUE;
    private long expiresAt = Long.MAX_VALUE;

    /** Schedules the next Refresh for a lifetime granted at {@code now}. */
    void granted(long now, long lifetimeSeconds) {
        refreshing = false;
        expiresAt = now + lifetimeSeconds * 1_000_000_000L;
        // Refresh a minute before expiry, or at half-time for lifetimes under two minutes, so a
        // lost Refresh still has time for its retransmissions.
        long seconds = Math.max(lifetimeSeconds - 60, lifetimeSeconds / 2);
        refreshAt = now + Math.max(1, seconds) * 1_000_000_000L;
    }

    /**
     * After a failed Refresh (an error other than 437, or no response), the allocation still
     * lives until it expires (RFC 8656 §8): schedules another try while at least 2 s remain.
     *
     * @return false if there is no time left to try again
     */
    boolean retryAfterFailure(long now) {
        long left = expiresAt - now;
        if (left <= 2_000_000_000L) {
            return false;
        }
        refreshing = false;
        refreshAt = now + Math.min(30_000_000_000L, left / 2);
        return true;
    }

    boolean refreshDue(long now) {
        return !refreshing && refreshAt <= now;
    }

    /** The next time the client must act: a Refresh, or the expiry while one is in flight. */
    long nextRefresh() {
        return refreshing ? expiresAt : Math.min(refreshAt, expiresAt);
    }

    /** True once the granted lifetime has run out without a successful Refresh. */
    boolean expired(long now) {
        return now >= expiresAt;
    }
}
