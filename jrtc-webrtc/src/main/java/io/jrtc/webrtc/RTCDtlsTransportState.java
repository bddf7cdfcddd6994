package io.jrtc.webrtc;

/**
 * W3C {@code RTCDtlsTransportState}: the state of a DTLS transport (WebRTC 1.0 section 5.5.1). {@link #toString()} and {@link #fromString(String)} use the
 * W3C strings, e.g. {@code "new"}.
 */
public enum RTCDtlsTransportState {
    /** DTLS has not started. */
    NEW("new"),
    /** The DTLS handshake is in progress. */
    CONNECTING("connecting"),
    /** The handshake completed and the fingerprint was verified. */
    CONNECTED("connected"),
    /** Closed by a close_notify alert or by the application. */
    CLOSED("closed"),
    /** Failed: a fatal alert, or the remote certificate does not match the fingerprint. */
    FAILED("failed");

    private final String w3cName;

    RTCDtlsTransportState(String w3cName) {
        this.w3cName = w3cName;
    }

    /**
     * The constant with this W3C string.
     *
     * @throws RTCException a {@code TypeError} if it names none, as WebIDL does for a bad enum value
     */
    public static RTCDtlsTransportState fromString(String value) {
        return W3cNames.parse("RTCDtlsTransportState", values(), value);
    }

    /** The W3C string, e.g. {@code "new"}. */
    @Override
    public String toString() {
        return w3cName;
    }
}
