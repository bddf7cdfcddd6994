package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;

/** Heartbeat Info parameter (RFC 9260 §3.3.5): sender-specific data echoed in the HEARTBEAT ACK. */
public record HeartbeatInfoParameter(byte[] info) implements Parameter {
    @Override
    public int type() {
        return HEARTBEAT_INFO;
    }

    @Override
    public void writeValue(Writer w) {
        w.bytes(info);
    }
}
