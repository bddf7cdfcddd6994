package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;

/** COOKIE ACK chunk (RFC 9260 §3.3.12); it has no value. */
public record CookieAckChunk() implements Chunk {
    @Override
    public int type() {
        return COOKIE_ACK;
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
