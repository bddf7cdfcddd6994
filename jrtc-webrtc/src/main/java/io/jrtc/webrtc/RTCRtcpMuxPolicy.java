package io.jrtc.webrtc;

/**
 * W3C {@code RTCRtcpMuxPolicy}: whether RTCP shares the RTP transport (WebRTC 1.0 section 4.2.7). {@link #toString()} and {@link #fromString(String)} use the
 * W3C strings, e.g. {@code "require"}.
 */
public enum RTCRtcpMuxPolicy {
    /** RTCP is multiplexed with RTP (RFC 5761); a remote description without rtcp-mux is refused. */
    REQUIRE("require");

    private final String w3cName;

    RTCRtcpMuxPolicy(String w3cName) {
        this.w3cName = w3cName;
    }

    /**
     * The constant with this W3C string.
     *
     * @throws RTCException a {@code TypeError} if it names none, as WebIDL does for a bad enum value
     */
    public static RTCRtcpMuxPolicy fromString(String value) {
        return W3cNames.parse("RTCRtcpMuxPolicy", values(), value);
    }

    /** The W3C string, e.g. {@code "require"}. */
    @Override
    public String toString() {
        return w3cName;
    }
}
