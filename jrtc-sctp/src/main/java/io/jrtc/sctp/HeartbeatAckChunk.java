package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;

/** HEARTBEAT ACK chunk (RFC 9260 §3.3.6), holding the opaque Heartbeat Info of its one parameter. */
public record HeartbeatAckChunk(byte[] info) implements Chunk {
    @Override
    public int type() {
        return HEARTBEAT_ACK;
    }

    @Override
    public int flags() {
        return 0;
    }

    @Override
    public void writeValue(Writer w) {
        w.u16(Parameter.HEARTBEAT_INFO).u16(4 + info.length).bytes(info);
    }
}
