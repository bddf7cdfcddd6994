package io.jrtc.webrtc;

/**
 * W3C {@code RTCRtpTransceiverDirection}: a transceiver's direction (WebRTC 1.0 section 5.4). {@link #toString()} and {@link #fromString(String)} use the
 * W3C strings, e.g. {@code "sendrecv"}.
 */
public enum RTCRtpTransceiverDirection {
    /** Sends and receives. */
    SENDRECV("sendrecv"),
    /** Sends only. */
    SENDONLY("sendonly"),
    /** Receives only. */
    RECVONLY("recvonly"),
    /** Neither sends nor receives. */
    INACTIVE("inactive"),
    /** The transceiver is stopped and will never send or receive again. */
    STOPPED("stopped");

    private final String w3cName;

    RTCRtpTransceiverDirection(String w3cName) {
        this.w3cName = w3cName;
    }

    /**
     * The constant with this W3C string.
     *
     * @throws RTCException a {@code TypeError} if it names none, as WebIDL does for a bad enum value
     */
    public static RTCRtpTransceiverDirection fromString(String value) {
        return W3cNames.parse("RTCRtpTransceiverDirection", values(), value);
    }

    /** The W3C string, e.g. {@code "sendrecv"}. */
    @Override
    public String toString() {
        return w3cName;
    }
}
