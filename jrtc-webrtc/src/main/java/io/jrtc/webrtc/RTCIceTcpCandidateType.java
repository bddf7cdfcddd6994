package io.jrtc.webrtc;

/**
 * W3C {@code RTCIceTcpCandidateType}: the tcptype of a TCP ICE candidate (WebRTC 1.0 section 4.8.2.2, RFC 6544 section 4.5). {@link #toString()} and {@link #fromString(String)} use the
 * W3C strings, e.g. {@code "active"}.
 */
public enum RTCIceTcpCandidateType {
    /** Opens outgoing connections only. */
    ACTIVE("active"),
    /** Accepts incoming connections only. */
    PASSIVE("passive"),
    /** Simultaneous open. */
    SO("so");

    private final String w3cName;

    RTCIceTcpCandidateType(String w3cName) {
        this.w3cName = w3cName;
    }

    /**
     * The constant with this W3C string.
     *
     * @throws RTCException a {@code TypeError} if it names none, as WebIDL does for a bad enum value
     */
    public static RTCIceTcpCandidateType fromString(String value) {
        return W3cNames.parse("RTCIceTcpCandidateType", values(), value);
    }

    /** The W3C string, e.g. {@code "active"}. */
    @Override
    public String toString() {
        return w3cName;
    }
}
