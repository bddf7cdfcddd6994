package io.jrtc.webrtc;

/**
 * W3C {@code RTCIceProtocol}: the transport protocol of an ICE candidate (WebRTC 1.0 section 4.8.2.1). {@link #toString()} and {@link #fromString(String)} use the
 * W3C strings, e.g. {@code "udp"}.
 */
public enum RTCIceProtocol {
    /** UDP. */
    UDP("udp"),
    /** TCP (RFC 6544). */
    TCP("tcp");

    private final String w3cName;

    RTCIceProtocol(String w3cName) {
        this.w3cName = w3cName;
    }

    /**
     * The constant with this W3C string.
     *
     * @throws RTCException a {@code TypeError} if it names none, as WebIDL does for a bad enum value
     */
    public static RTCIceProtocol fromString(String value) {
        return W3cNames.parse("RTCIceProtocol", values(), value);
    }

    /** The W3C string, e.g. {@code "udp"}. */
    @Override
    public String toString() {
        return w3cName;
    }
}
