package io.jrtc.sctp.internal;

import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * The messages sent with a lifetime (RFC 3758 timed reliability, RFC 8831 maxPacketLifeTime),
 * by expiry. The association's timer wakes at the earliest one so that an expired message is
 * abandoned, and FORWARD TSN sent, when its lifetime ends, not only when it next comes up for
 * retransmission (which may be a whole RTO later and holds back the ordered messages after it).
 * Messages that finish or are abandoned otherwise are removed lazily when they reach the head.
 */
public final class Expiries {
    private final PriorityQueue<OutMessage> byExpiry =
            new PriorityQueue<>(Comparator.comparingLong((OutMessage m) -> m.expiresAt));

    /** Tracks {@code m} if it has a lifetime. */
    public void add(OutMessage m) {
        if (m.expiresAt != Long.MAX_VALUE) {
            byExpiry.add(m);
        }
    }

    /**
     * The earliest lifetime deadline of a message that may still need abandoning, or
     * {@code Long.MAX_VALUE}; drops finished messages from the head on the way.
     */
    public long deadline(Sender sender) {
        OutMessage m;
        while ((m = byExpiry.peek()) != null && settled(m, sender)) {
            byExpiry.poll();
        }
        return m == null ? Long.MAX_VALUE : m.expiresAt;
    }

    /** Removes and returns the next message whose lifetime ended by {@code now}, or null. */
    public OutMessage pollExpired(long now, Sender sender) {
        return deadline(sender) <= now ? byExpiry.poll() : null;
    }

    public void clear() {
        byExpiry.clear();
    }

    /**
     * Abandoned already, or every fragment cut and acked (gap blocks included: the peer has it;
     * should it renege, the retransmission path checks the lifetime again): nothing to give up.
     */
    private static boolean settled(OutMessage m, Sender sender) {
        if (m.abandoned) {
            return true;
        }
        if (sender == null || !m.fullyFragmented() || m.chunks.isEmpty()) {
            return false;
        }
        for (OutChunk c : m.chunks) {
            if (!sender.acked(c)) {
                return false;
            }
        }
        return true;
    }
}
