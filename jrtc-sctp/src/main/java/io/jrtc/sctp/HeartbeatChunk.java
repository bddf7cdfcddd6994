package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;

/** HEARTBEAT chunk (RFC 9260 §3.3.5), holding the opaque Heartbeat Info of its one parameter. */
public record HeartbeatChunk(byte[] info) implements Chunk {
    @Override
    public int type() {
        return HEARTBEAT;
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
