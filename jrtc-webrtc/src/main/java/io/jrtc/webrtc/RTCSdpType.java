package io.jrtc.webrtc;

/**
 * W3C {@code RTCSdpType}: the type of a session description (WebRTC 1.0 section 4.8.1). {@link #toString()} and {@link #fromString(String)} use the
 * W3C strings, e.g. {@code "offer"}.
 */
public enum RTCSdpType {
    /** An offer (RFC 9429 section 5.2). */
    OFFER("offer"),
    /** A provisional answer; it may be followed by others (RFC 9429 section 4.1.10.1). */
    PRANSWER("pranswer"),
    /** The final answer, which completes an offer/answer exchange. */
    ANSWER("answer"),
    /** Cancels the current offer/answer exchange and returns to stable (RFC 9429 section 4.1.10.2). */
    ROLLBACK("rollback");

    private final String w3cName;

    RTCSdpType(String w3cName) {
        this.w3cName = w3cName;
    }

    /**
     * The constant with this W3C string.
     *
     * @throws RTCException a {@code TypeError} if it names none, as WebIDL does for a bad enum value
     */
    public static RTCSdpType fromString(String value) {
        return W3cNames.parse("RTCSdpType", values(), value);
    }

    /** The W3C string, e.g. {@code "offer"}. */
    @Override
    public String toString() {
        return w3cName;
    }
}
