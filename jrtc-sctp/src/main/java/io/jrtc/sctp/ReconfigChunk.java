package io.jrtc.sctp;

import io.jrtc.sctp.internal.ParameterCodec;
import io.jrtc.sctp.internal.Writer;
import java.util.List;

/** RE-CONFIG chunk (RFC 6525 §3.1): one or two stream reset request/response parameters. */
public record ReconfigChunk(List<Parameter> parameters) implements Chunk {
    /** Copies the list. */
    public ReconfigChunk {
        parameters = List.copyOf(parameters);
    }

    @Override
    public int type() {
        return RECONFIG;
    }

    @Override
    public int flags() {
        return 0;
    }

    @Override
    public void writeValue(Writer w) {
        ParameterCodec.encodeAll(w, parameters);
    }
}
