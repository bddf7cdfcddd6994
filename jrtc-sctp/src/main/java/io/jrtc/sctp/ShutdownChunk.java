package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;

/** SHUTDOWN chunk (RFC 9260 §3.3.8) with the sender's cumulative TSN ack. */
public record ShutdownChunk(long cumulativeTsnAck) implements Chunk {
    @Override
    public int type() {
        return SHUTDOWN;
    }

    @Override
    public int flags() {
        return 0;
    }

    @Override
    public void writeValue(Writer w) {
        w.u32(cumulativeTsnAck);
    }
}
