package io.jrtc.webrtc;

/**
 * W3C {@code RTCDataChannelState}: the state of a data channel (WebRTC 1.0 section 6.2). {@link #toString()} and {@link #fromString(String)} use the
 * W3C strings, e.g. {@code "connecting"}.
 */
public enum RTCDataChannelState {
    /** The channel is being opened. */
    CONNECTING("connecting"),
    /** Messages can be sent and received. */
    OPEN("open"),
    /** The channel is closing; nothing more may be sent. */
    CLOSING("closing"),
    /** The channel is closed. */
    CLOSED("closed");

    private final String w3cName;

    RTCDataChannelState(String w3cName) {
        this.w3cName = w3cName;
    }

    /**
     * The constant with this W3C string.
     *
     * @throws RTCException a {@code TypeError} if it names none, as WebIDL does for a bad enum value
     */
    public static RTCDataChannelState fromString(String value) {
        return W3cNames.parse("RTCDataChannelState", values(), value);
    }

    /** The W3C string, e.g. {@code "connecting"}. */
    @Override
    public String toString() {
        return w3cName;
    }
}
