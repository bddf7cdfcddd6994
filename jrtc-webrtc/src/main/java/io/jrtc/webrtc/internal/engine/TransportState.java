package io.jrtc.webrtc.internal.engine;

import io.jrtc.dtls.DtlsState;
import io.jrtc.ice.IceConnectionState;

/**
 * The engine's aggregate state, computed the way W3C WebRTC 1.0 §4.3.3 computes
 * {@code RTCPeerConnectionState} from the ICE and DTLS transports (one of each with BUNDLE).
 */
public enum TransportState {
    NEW, CONNECTING, CONNECTED, DISCONNECTED, FAILED, CLOSED;

    /**
     * The aggregate of one ICE and one DTLS transport, in the order the specification tests its
     * conditions: closed, failed, disconnected, new, connected, else connecting.
     */
    public static TransportState of(boolean closed, IceConnectionState ice, DtlsState dtls) {
        if (closed) {
            return CLOSED;
        }
        if (ice == IceConnectionState.FAILED || dtls == DtlsState.FAILED) {
            return FAILED;
        }
        if (ice == IceConnectionState.DISCONNECTED) {
            return DISCONNECTED;
        }
        boolean iceIdle = ice == IceConnectionState.NEW || ice == IceConnectionState.CLOSED;
        boolean dtlsIdle = dtls == DtlsState.NEW || dtls == DtlsState.CLOSED;
        if (iceIdle && dtlsIdle) {
            return NEW;
        }
        boolean iceUp = ice == IceConnectionState.CONNECTED || ice == IceConnectionState.COMPLETED
                || ice == IceConnectionState.CLOSED;
        boolean dtlsUp = dtls == DtlsState.CONNECTED || dtls == DtlsState.CLOSED;
        return iceUp && dtlsUp ? CONNECTED : CONNECTING;
    }

    /** The W3C string, e.g. {@code "connecting"}. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
