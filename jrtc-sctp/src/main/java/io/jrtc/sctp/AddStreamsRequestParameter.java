package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;

/**
 * Add Outgoing Streams Request (RFC 6525 §4.5, type 17: the sender adds streams it sends on) or
 * Add Incoming Streams Request (§4.6, type 18: the sender asks the peer to add streams toward it).
 *
 * @param outgoing true for type 17, false for type 18
 * @param newStreams how many streams to add (1..65535)
 */
public record AddStreamsRequestParameter(boolean outgoing, long requestSeq, int newStreams) implements Parameter {
    @Override
    public int type() {
        return outgoing ? ADD_OUTGOING_STREAMS_REQUEST : ADD_INCOMING_STREAMS_REQUEST;
    }

    @Override
    public void writeValue(Writer w) {
        w.u32(requestSeq).u16(newStreams).u16(0);
    }
}
