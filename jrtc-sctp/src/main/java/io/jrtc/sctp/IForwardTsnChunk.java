package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;
import java.util.List;

/** I-FORWARD-TSN chunk (RFC 8260 §2.3): FORWARD TSN for I-DATA, naming skipped message ids. */
public record IForwardTsnChunk(long newCumulativeTsn, List<StreamMid> streams) implements Chunk {
    /** One skipped stream: the largest MID abandoned, and whether it was unordered. */
    public record StreamMid(int streamId, boolean unordered, long mid) {}

    /** Copies the list. */
    public IForwardTsnChunk {
        streams = List.copyOf(streams);
    }

    @Override
    public int type() {
        return I_FORWARD_TSN;
    }

    @Override
    public int flags() {
        return 0;
    }

    @Override
    public void writeValue(Writer w) {
        w.u32(newCumulativeTsn);
        for (StreamMid s : streams) {
            w.u16(s.streamId()).u16(s.unordered() ? 1 : 0).u32(s.mid());
        }
    }
}
