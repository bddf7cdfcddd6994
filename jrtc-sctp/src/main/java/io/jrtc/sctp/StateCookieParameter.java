package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;

/** State Cookie parameter of INIT ACK (RFC 9260 §3.3.3.1); opaque to the receiver. */
public record StateCookieParameter(byte[] cookie) implements Parameter {
    @Override
    public int type() {
        return STATE_COOKIE;
    }

    @Override
    public void writeValue(Writer w) {
        w.bytes(cookie);
    }
}
