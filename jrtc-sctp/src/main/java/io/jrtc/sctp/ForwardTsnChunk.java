package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;
import java.util.List;

/**
 * FORWARD TSN chunk (RFC 3758 §3.2): the receiver moves its cumulative TSN to
 * {@code newCumulativeTsn}, and for ordered streams skips up to the given SSNs.
 */
public record ForwardTsnChunk(long newCumulativeTsn, List<StreamSsn> streams) implements Chunk {
    /** One skipped stream: the largest SSN abandoned on it. */
    public record StreamSsn(int streamId, int ssn) {}

    /** Copies the list. */
    public ForwardTsnChunk {
        streams = List.copyOf(streams);
    }

    @Override
    public int type() {
        return FORWARD_TSN;
    }

    @Override
    public int flags() {
        return 0;
    }

    @Override
    public void writeValue(Writer w) {
        w.u32(newCumulativeTsn);
        for (StreamSsn s : streams) {
            w.u16(s.streamId()).u16(s.ssn());
        }
    }
}
