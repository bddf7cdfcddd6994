package io.jrtc.sctp;

import io.jrtc.sctp.internal.RtoEstimator;
import java.nio.ByteBuffer;
import java.util.random.RandomGenerator;

/**
 * HEARTBEAT on an idle association (RFC 9260 §8.3): sent after {@code interval} without traffic,
 * its ACK gives an RTT sample, and too many unanswered ones mean the peer is gone.
 */
final class Heartbeats {
    private final long interval;
    private final RandomGenerator random;
    private long deadline = Long.MAX_VALUE;
    private int unanswered;

    Heartbeats(long intervalNanos, RandomGenerator random) {
        this.interval = intervalNanos;
        this.random = random;
    }

    long deadline() {
        return deadline;
    }

    /** Traffic from the peer: it is alive, and the idle period starts again. */
    void onActivity(long now) {
        deadline = now + interval;
        unanswered = 0;
    }

    /** How many heartbeats have gone unanswered. */
    int unanswered() {
        return unanswered;
    }

    /** The idle deadline came: the HEARTBEAT to send (its info is our send time and a nonce). */
    HeartbeatChunk next(long now, long rto) {
        unanswered++;
        deadline = now + interval + rto;
        return new HeartbeatChunk(ByteBuffer.allocate(16).putLong(now).putLong(random.nextLong()).array());
    }

    /** A HEARTBEAT ACK: a fresh RTT sample when the echoed info is ours and plausible. */
    void onAck(long now, byte[] info, RtoEstimator rto) {
        if (info.length == 16) {
            long sentAt = ByteBuffer.wrap(info).getLong();
            if (sentAt <= now && now - sentAt <= interval + 60_000_000_000L) {
                rto.sample(now - sentAt);
            }
        }
    }
}
