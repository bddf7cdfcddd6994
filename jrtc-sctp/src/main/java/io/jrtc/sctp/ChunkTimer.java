package io.jrtc.sctp;

/**
 * A retransmission timer for one control chunk: T1-init/T1-cookie (RFC 9260 §5.1) and
 * T2-shutdown (§9.2). It remembers the chunk to resend and how often it has fired.
 */
final class ChunkTimer {
    private Chunk chunk;
    private long deadline = Long.MAX_VALUE;
    private int count;

    void start(Chunk c, long now, long rto) {
        chunk = c;
        count = 0;
        deadline = now + rto;
    }

    void stop() {
        chunk = null;
        deadline = Long.MAX_VALUE;
    }

    long deadline() {
        return deadline;
    }

    /**
     * The timer fired: returns the chunk to resend, rearmed after {@code rto}, or null when it
     * has fired more than {@code max} times (the caller gives up) or holds no chunk.
     */
    Chunk fire(long now, long rto, int max) {
        if (chunk == null || ++count > max) {
            deadline = Long.MAX_VALUE;
            return null;
        }
        deadline = now + rto;
        return chunk;
    }
}
