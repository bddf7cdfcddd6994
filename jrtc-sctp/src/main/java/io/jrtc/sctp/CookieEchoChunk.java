package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;

/** COOKIE ECHO chunk (RFC 9260 §3.3.11): the state cookie from the INIT ACK, returned. */
public record CookieEchoChunk(byte[] cookie) implements Chunk {
    @Override
    public int type() {
        return COOKIE_ECHO;
    }

    @Override
    public int flags() {
        return 0;
    }

    @Override
    public void writeValue(Writer w) {
        w.bytes(cookie);
    }
}
