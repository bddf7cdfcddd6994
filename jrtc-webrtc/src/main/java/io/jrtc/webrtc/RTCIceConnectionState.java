package io.jrtc.webrtc;

/**
 * W3C {@code RTCIceConnectionState}: the aggregate ICE state of the connection's transports (WebRTC 1.0 section 4.3.3). {@link #toString()} and {@link #fromString(String)} use the
 * W3C strings, e.g. {@code "new"}.
 */
public enum RTCIceConnectionState {
    /** No transport has started checks, or all are new or closed. */
    NEW("new"),
    /** A transport is checking and none is disconnected or failed. */
    CHECKING("checking"),
    /** Every transport has a usable connection and at least one is still checking for a better one. */
    CONNECTED("connected"),
    /** Every transport has finished checking and has a connection. */
    COMPLETED("completed"),
    /** A transport has failed. */
    FAILED("failed"),
    /** A transport lost connectivity (consent failed) and none has failed. */
    DISCONNECTED("disconnected"),
    /** The connection is closed. */
    CLOSED("closed");

    private final String w3cName;

    RTCIceConnectionState(String w3cName) {
        this.w3cName = w3cName;
    }

    /**
     * The constant with this W3C string.
     *
     * @throws RTCException a {@code TypeError} if it names none, as WebIDL does for a bad enum value
     */
    public static RTCIceConnectionState fromString(String value) {
        return W3cNames.parse("RTCIceConnectionState", values(), value);
    }

    /** The W3C string, e.g. {@code "new"}. */
    @Override
    public String toString() {
        return w3cName;
    }
}
