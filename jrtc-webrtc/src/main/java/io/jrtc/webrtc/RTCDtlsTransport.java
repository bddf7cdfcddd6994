package io.jrtc.webrtc;

import java.util.function.Consumer;

/**
 * W3C {@code RTCDtlsTransport}: DTLS over the ICE transport, carrying SCTP and keying SRTP. Its
 * {@code error} event names why it failed (fingerprint mismatch, alert, timeout).
 */
public final class RTCDtlsTransport {
    private final RTCIceTransport iceTransport;
    private volatile RTCDtlsTransportState state = RTCDtlsTransportState.NEW;
    private final Handlers<RTCDtlsTransportState> stateChange = new Handlers<>("statechange");
    private final Handlers<RTCException> error = new Handlers<>("error");

    RTCDtlsTransport(RTCIceTransport iceTransport) {
        this.iceTransport = iceTransport;
    }

    public RTCIceTransport iceTransport() {
        return iceTransport;
    }

    public RTCDtlsTransportState state() {
        return state;
    }

    public void onStateChange(Consumer<RTCDtlsTransportState> handler) {
        stateChange.set(handler);
    }

    /** W3C {@code onerror}: an RTCException naming the cause (errorDetail dtls-failure or fingerprint-failure). */
    public void onError(Consumer<RTCException> handler) {
        error.set(handler);
    }

    void state(RTCDtlsTransportState s, boolean fire) {
        if (s != state) {
            state = s;
            if (fire) {
                stateChange.fire(s);
            }
        }
    }

    void failed(RTCException cause) {
        error.fire(cause);
    }

    @Override
    public String toString() {
        return "RTCDtlsTransport[" + state + "]";
    }
}
