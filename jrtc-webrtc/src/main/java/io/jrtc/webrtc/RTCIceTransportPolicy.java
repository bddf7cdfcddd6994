package io.jrtc.webrtc;

/**
 * W3C {@code RTCIceTransportPolicy}: which candidates ICE may use (WebRTC 1.0 section 4.2.5). {@link #toString()} and {@link #fromString(String)} use the
 * W3C strings, e.g. {@code "relay"}.
 */
public enum RTCIceTransportPolicy {
    /** Only relayed (TURN) candidates, which hide the local addresses. */
    RELAY("relay"),
    /** Every kind of candidate. */
    ALL("all");

    private final String w3cName;

    RTCIceTransportPolicy(String w3cName) {
        this.w3cName = w3cName;
    }

    /**
     * The constant with this W3C string.
     *
     * @throws RTCException a {@code TypeError} if it names none, as WebIDL does for a bad enum value
     */
    public static RTCIceTransportPolicy fromString(String value) {
        return W3cNames.parse("RTCIceTransportPolicy", values(), value);
    }

    /** The W3C string, e.g. {@code "relay"}. */
    @Override
    public String toString() {
        return w3cName;
    }
}
