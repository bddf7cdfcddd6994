package io.jrtc.sctp;

import io.jrtc.sctp.internal.CauseCodec;
import io.jrtc.sctp.internal.Writer;
import java.util.List;

/**
 * ABORT chunk (RFC 9260 §3.3.7).
 *
 * @param tagReflected the T bit: the verification tag is the receiver's own, reflected
 */
public record AbortChunk(boolean tagReflected, List<ErrorCause> causes) implements Chunk {
    /** Copies the list. */
    public AbortChunk {
        causes = List.copyOf(causes);
    }

    @Override
    public int type() {
        return ABORT;
    }

    @Override
    public int flags() {
        return tagReflected ? 1 : 0;
    }

    @Override
    public void writeValue(Writer w) {
        CauseCodec.encodeAll(w, causes);
    }
}
