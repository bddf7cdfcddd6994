package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;

/** SHUTDOWN ACK chunk (RFC 9260 §3.3.9); it has no value. */
public record ShutdownAckChunk() implements Chunk {
    @Override
    public int type() {
        return SHUTDOWN_ACK;
    }

    @Override
    public int flags() {
        return 0;
    }

    @Override
    public void writeValue(Writer w) {
        // empty value
    }
}
