package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;
import java.util.List;

/** Incoming SSN Reset Request (RFC 6525 §4.2): asks the peer to reset its outgoing streams. */
public record IncomingResetRequestParameter(long requestSeq, List<Integer> streams) implements Parameter {
    /** Copies the list. */
    public IncomingResetRequestParameter {
        streams = List.copyOf(streams);
    }

    @Override
    public int type() {
        return INCOMING_RESET_REQUEST;
    }

    @Override
    public void writeValue(Writer w) {
        w.u32(requestSeq);
        for (int s : streams) {
            w.u16(s);
        }
    }
}
