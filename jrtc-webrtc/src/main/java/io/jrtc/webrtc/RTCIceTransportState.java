package io.jrtc.webrtc;

/**
 * W3C {@code RTCIceTransportState}: the state of one ICE transport (WebRTC 1.0 section 5.6).
 * {@link #toString()} and {@link #fromString(String)} use the W3C strings, e.g. {@code "checking"}.
 */
public enum RTCIceTransportState {
    /** Gathering or waiting for remote candidates. */
    NEW("new"),
    /** Checking candidate pairs. */
    CHECKING("checking"),
    /** A usable pair was found; checks may go on. */
    CONNECTED("connected"),
    /** Checking is done and a pair is selected. */
    COMPLETED("completed"),
    /** Connectivity was lost for now. */
    DISCONNECTED("disconnected"),
    /** No pair works, or consent was lost (RFC 7675). */
    FAILED("failed"),
    /** The transport was shut down. */
    CLOSED("closed");

    private final String w3cName;

    RTCIceTransportState(String w3cName) {
        this.w3cName = w3cName;
    }

    /**
     * The constant with this W3C string.
     *
     * @throws RTCException a {@code TypeError} if it names none
     */
    public static RTCIceTransportState fromString(String value) {
        return W3cNames.parse("RTCIceTransportState", values(), value);
    }

    /** The W3C string. */
    @Override
    public String toString() {
        return w3cName;
    }
}
