package io.jrtc.webrtc;

/**
 * W3C {@code RTCIceCandidateType}: the type of an ICE candidate (WebRTC 1.0 section 4.8.2.3, RFC 8445 section 5.1.1). {@link #toString()} and {@link #fromString(String)} use the
 * W3C strings, e.g. {@code "host"}.
 */
public enum RTCIceCandidateType {
    /** An address of a local interface. */
    HOST("host"),
    /** A server-reflexive address learned from STUN. */
    SRFLX("srflx"),
    /** A peer-reflexive address learned from a connectivity check. */
    PRFLX("prflx"),
    /** A relayed address allocated on a TURN server. */
    RELAY("relay");

    private final String w3cName;

    RTCIceCandidateType(String w3cName) {
        this.w3cName = w3cName;
    }

    /**
     * The constant with this W3C string.
     *
     * @throws RTCException a {@code TypeError} if it names none, as WebIDL does for a bad enum value
     */
    public static RTCIceCandidateType fromString(String value) {
        return W3cNames.parse("RTCIceCandidateType", values(), value);
    }

    /** The W3C string, e.g. {@code "host"}. */
    @Override
    public String toString() {
        return w3cName;
    }
}
