package io.jrtc.webrtc;

/**
 * W3C {@code RTCIceComponent}: the component of an ICE candidate (WebRTC 1.0 section 5.6.4, RFC 8445 section 5.1.1.1). {@link #toString()} and {@link #fromString(String)} use the
 * W3C strings, e.g. {@code "rtp"}.
 */
public enum RTCIceComponent {
    /** Component 1: RTP, and everything else with rtcp-mux and BUNDLE. */
    RTP("rtp"),
    /** Component 2: RTCP without rtcp-mux. */
    RTCP("rtcp");

    private final String w3cName;

    RTCIceComponent(String w3cName) {
        this.w3cName = w3cName;
    }

    /**
     * The constant with this W3C string.
     *
     * @throws RTCException a {@code TypeError} if it names none, as WebIDL does for a bad enum value
     */
    public static RTCIceComponent fromString(String value) {
        return W3cNames.parse("RTCIceComponent", values(), value);
    }

    /** The W3C string, e.g. {@code "rtp"}. */
    @Override
    public String toString() {
        return w3cName;
    }
}
