package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;
import java.util.List;

/**
 * Outgoing SSN Reset Request (RFC 6525 §4.1): the sender resets its outgoing streams after
 * {@code senderLastTsn}; an empty stream list means all streams.
 */
public record OutgoingResetRequestParameter(long requestSeq, long responseSeq, long senderLastTsn,
        List<Integer> streams) implements Parameter {
    /** Copies the list. */
    public OutgoingResetRequestParameter {
        streams = List.copyOf(streams);
    }

    @Override
    public int type() {
        return OUTGOING_RESET_REQUEST;
    }

    @Override
    public void writeValue(Writer w) {
        w.u32(requestSeq).u32(responseSeq).u32(senderLastTsn);
        for (int s : streams) {
            w.u16(s);
        }
    }
}
