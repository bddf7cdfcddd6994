package io.jrtc.webrtc;

/**
 * W3C {@code RTCErrorDetailType}: the errorDetail of an RTCError (WebRTC 1.0 section 11.1.2). {@link #toString()} and {@link #fromString(String)} use the
 * W3C strings, e.g. {@code "data-channel-failure"}.
 */
public enum RTCErrorDetailType {
    /** The data channel failed. */
    DATA_CHANNEL_FAILURE("data-channel-failure"),
    /** The DTLS transport failed. */
    DTLS_FAILURE("dtls-failure"),
    /** The remote certificate matched none of the fingerprints in the SDP. */
    FINGERPRINT_FAILURE("fingerprint-failure"),
    /** The SCTP association failed. */
    SCTP_FAILURE("sctp-failure"),
    /** The SDP does not follow the SDP syntax; sdpLineNumber says where. */
    SDP_SYNTAX_ERROR("sdp-syntax-error"),
    /** No hardware encoder was available. */
    HARDWARE_ENCODER_NOT_AVAILABLE("hardware-encoder-not-available"),
    /** A hardware encoder failed. */
    HARDWARE_ENCODER_ERROR("hardware-encoder-error");

    private final String w3cName;

    RTCErrorDetailType(String w3cName) {
        this.w3cName = w3cName;
    }

    /**
     * The constant with this W3C string.
     *
     * @throws RTCException a {@code TypeError} if it names none, as WebIDL does for a bad enum value
     */
    public static RTCErrorDetailType fromString(String value) {
        return W3cNames.parse("RTCErrorDetailType", values(), value);
    }

    /** The W3C string, e.g. {@code "data-channel-failure"}. */
    @Override
    public String toString() {
        return w3cName;
    }
}
