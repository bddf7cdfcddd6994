package io.jrtc.webrtc;

/**
 * The W3C transport objects of one connection: with max-bundle there is one of each, shared by
 * every m= section (RFC 9143).
 */
record PeerTransports(RTCIceTransport ice, RTCDtlsTransport dtls, RTCSctpTransport sctp) {
    static PeerTransports create(long maxMessageSize) {
        RTCIceTransport ice = new RTCIceTransport();
        RTCDtlsTransport dtls = new RTCDtlsTransport(ice);
        return new PeerTransports(ice, dtls, new RTCSctpTransport(dtls,
                maxMessageSize == 0 ? Double.POSITIVE_INFINITY : maxMessageSize));
    }

    /** W3C close(): every transport is closed, without events. */
    void closeSilently() {
        ice.state(RTCIceTransportState.CLOSED, false);
        dtls.state(RTCDtlsTransportState.CLOSED, false);
        sctp.state(RTCSctpTransportState.CLOSED, false);
    }
}
