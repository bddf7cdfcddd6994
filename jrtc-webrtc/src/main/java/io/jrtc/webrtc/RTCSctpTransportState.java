package io.jrtc.webrtc;

/**
 * W3C {@code RTCSctpTransportState}: the state of the SCTP transport (WebRTC 1.0 section 6.1.2). {@link #toString()} and {@link #fromString(String)} use the
 * W3C strings, e.g. {@code "connecting"}.
 */
public enum RTCSctpTransportState {
    /** The SCTP association is being established. */
    CONNECTING("connecting"),
    /** The association is up; data channels can open. */
    CONNECTED("connected"),
    /** The association was shut down or aborted, or the DTLS transport closed. */
    CLOSED("closed");

    private final String w3cName;

    RTCSctpTransportState(String w3cName) {
        this.w3cName = w3cName;
    }

    /**
     * The constant with this W3C string.
     *
     * @throws RTCException a {@code TypeError} if it names none, as WebIDL does for a bad enum value
     */
    public static RTCSctpTransportState fromString(String value) {
        return W3cNames.parse("RTCSctpTransportState", values(), value);
    }

    /** The W3C string, e.g. {@code "connecting"}. */
    @Override
    public String toString() {
        return w3cName;
    }
}
