package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;
import java.util.List;

/**
 * INIT ACK chunk (RFC 9260 §3.3.3); carries the state cookie.
 *
 * @param initiateTag the verification tag the peer must put on packets to the sender
 * @param arwnd advertised receiver window credit in bytes
 * @param outboundStreams number of outbound streams requested
 * @param inboundStreams maximum number of inbound streams
 * @param initialTsn first TSN the sender will use
 * @param parameters optional and variable-length parameters
 */
public record InitAckChunk(long initiateTag, long arwnd, int outboundStreams, int inboundStreams,
        long initialTsn, List<Parameter> parameters) implements Chunk, InitFields {
    /** Copies the list. */
    public InitAckChunk {
        parameters = List.copyOf(parameters);
    }

    @Override
    public int type() {
        return INIT_ACK;
    }

    @Override
    public int flags() {
        return 0;
    }

    @Override
    public void writeValue(Writer w) {
        InitFields.super.writeValue(w);
    }
}
