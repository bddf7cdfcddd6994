package io.jrtc.webrtc;

/**
 * W3C {@code RTCPeerConnectionState}: the aggregate ICE and DTLS state (WebRTC 1.0 section 4.3.4). {@link #toString()} and {@link #fromString(String)} use the
 * W3C strings, e.g. {@code "new"}.
 */
public enum RTCPeerConnectionState {
    /** Nothing has started, or every transport is new or closed. */
    NEW("new"),
    /** A transport is checking or handshaking. */
    CONNECTING("connecting"),
    /** Every transport is connected (ICE connected or completed, DTLS connected). */
    CONNECTED("connected"),
    /** A transport lost connectivity and none has failed. */
    DISCONNECTED("disconnected"),
    /** An ICE or DTLS transport failed. */
    FAILED("failed"),
    /** The connection is closed. */
    CLOSED("closed");

    private final String w3cName;

    RTCPeerConnectionState(String w3cName) {
        this.w3cName = w3cName;
    }

    /**
     * The constant with this W3C string.
     *
     * @throws RTCException a {@code TypeError} if it names none, as WebIDL does for a bad enum value
     */
    public static RTCPeerConnectionState fromString(String value) {
        return W3cNames.parse("RTCPeerConnectionState", values(), value);
    }

    /** The W3C string, e.g. {@code "new"}. */
    @Override
    public String toString() {
        return w3cName;
    }
}
