package io.jrtc.webrtc;

/**
 * W3C {@code RTCSignalingState}: where the connection stands in the offer/answer exchange (WebRTC 1.0 section 4.3.1). {@link #toString()} and {@link #fromString(String)} use the
 * W3C strings, e.g. {@code "stable"}.
 */
public enum RTCSignalingState {
    /** No offer/answer exchange in progress. */
    STABLE("stable"),
    /** A local offer was applied. */
    HAVE_LOCAL_OFFER("have-local-offer"),
    /** A remote offer was applied. */
    HAVE_REMOTE_OFFER("have-remote-offer"),
    /** A remote offer and a local provisional answer were applied. */
    HAVE_LOCAL_PRANSWER("have-local-pranswer"),
    /** A local offer and a remote provisional answer were applied. */
    HAVE_REMOTE_PRANSWER("have-remote-pranswer"),
    /** The connection is closed. */
    CLOSED("closed");

    private final String w3cName;

    RTCSignalingState(String w3cName) {
        this.w3cName = w3cName;
    }

    /**
     * The constant with this W3C string.
     *
     * @throws RTCException a {@code TypeError} if it names none, as WebIDL does for a bad enum value
     */
    public static RTCSignalingState fromString(String value) {
        return W3cNames.parse("RTCSignalingState", values(), value);
    }

    /** The W3C string, e.g. {@code "stable"}. */
    @Override
    public String toString() {
        return w3cName;
    }
}
