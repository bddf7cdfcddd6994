package io.jrtc.webrtc;

/**
 * W3C {@code RTCIceRole}: the ICE role (WebRTC 1.0 section 5.6.1, RFC 8445 section 6.1.1). {@link #toString()} and {@link #fromString(String)} use the
 * W3C strings, e.g. {@code "unknown"}.
 */
public enum RTCIceRole {
    /** Not decided yet. */
    UNKNOWN("unknown"),
    /** The controlling agent, which nominates pairs. */
    CONTROLLING("controlling"),
    /** The controlled agent. */
    CONTROLLED("controlled");

    private final String w3cName;

    RTCIceRole(String w3cName) {
        this.w3cName = w3cName;
    }

    /**
     * The constant with this W3C string.
     *
     * @throws RTCException a {@code TypeError} if it names none, as WebIDL does for a bad enum value
     */
    public static RTCIceRole fromString(String value) {
        return W3cNames.parse("RTCIceRole", values(), value);
    }

    /** The W3C string, e.g. {@code "unknown"}. */
    @Override
    public String toString() {
        return w3cName;
    }
}
