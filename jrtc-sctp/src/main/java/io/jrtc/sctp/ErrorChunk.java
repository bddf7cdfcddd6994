package io.jrtc.sctp;

import io.jrtc.sctp.internal.CauseCodec;
import io.jrtc.sctp.internal.Writer;
import java.util.List;

/** ERROR chunk (RFC 9260 §3.3.10): reports conditions that do not end the association. */
public record ErrorChunk(List<ErrorCause> causes) implements Chunk {
    /** Copies the list. */
    public ErrorChunk {
        causes = List.copyOf(causes);
    }

    @Override
    public int type() {
        return ERROR;
    }

    @Override
    public int flags() {
        return 0;
    }

    @Override
    public void writeValue(Writer w) {
        CauseCodec.encodeAll(w, causes);
    }
}
