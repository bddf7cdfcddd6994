package io.jrtc.webrtc.internal.jsep;

import java.util.List;

/**
 * One m= section of a negotiation plan, in order: what it carries (a transceiver, the data channel
 * transport, or nothing because it is rejected) and its mid (RFC 9429 sections 5.2.1 and 5.2.2).
 *
 * @param mid the mid, or null for a rejected section that had none
 * @param media the m= line's media type
 * @param protocol the m= line's protocol
 * @param formats the m= line's formats, kept to write a rejected section back unchanged
 * @param transceiver the transceiver, or null
 * @param data true for the data channel section
 */
record MSection(String mid, String media, String protocol, List<String> formats, JsepTransceiver transceiver,
        boolean data) {
    static final String RTP_PROTOCOL = "UDP/TLS/RTP/SAVPF";
    static final String SCTP_PROTOCOL = "UDP/DTLS/SCTP";
    static final String SCTP_FORMAT = "webrtc-datachannel";

    MSection {
        formats = List.copyOf(formats);
    }

    static MSection media(String mid, JsepTransceiver t) {
        return new MSection(mid, t.kind().toString(), RTP_PROTOCOL, List.of(), t, false);
    }

    static MSection data(String mid) {
        return new MSection(mid, "application", SCTP_PROTOCOL, List.of(SCTP_FORMAT), null, true);
    }

    /** True if nothing uses it: rejected, or its transceiver is stopping, so it may be recycled. */
    boolean isRejected() {
        return !data && (transceiver == null || transceiver.isStopping());
    }
}
