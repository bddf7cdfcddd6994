package io.jrtc.webrtc.internal.engine;

import static io.jrtc.webrtc.internal.engine.TransportState.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jrtc.dtls.DtlsState;
import io.jrtc.ice.IceConnectionState;
import org.junit.jupiter.api.Test;

/** W3C WebRTC 1.0 §4.3.3, RTCPeerConnectionState, with one ICE and one DTLS transport. */
class TransportStateTest {
    @Test
    void closedWinsOverEverything() {
        assertEquals(TransportState.CLOSED, of(true, IceConnectionState.FAILED, DtlsState.FAILED));
    }

    @Test
    void eitherFailureFails() {
        assertEquals(TransportState.FAILED, of(false, IceConnectionState.FAILED, DtlsState.CONNECTED));
        assertEquals(TransportState.FAILED, of(false, IceConnectionState.CONNECTED, DtlsState.FAILED));
        assertEquals(TransportState.FAILED, of(false, IceConnectionState.DISCONNECTED, DtlsState.FAILED));
    }

    @Test
    void iceDisconnectedDisconnects() {
        assertEquals(TransportState.DISCONNECTED, of(false, IceConnectionState.DISCONNECTED, DtlsState.CONNECTED));
    }

    @Test
    void newOnlyWhileBothAreNewOrClosed() {
        assertEquals(TransportState.NEW, of(false, IceConnectionState.NEW, DtlsState.NEW));
        assertEquals(TransportState.NEW, of(false, IceConnectionState.CLOSED, DtlsState.CLOSED));
        assertEquals(TransportState.CONNECTING, of(false, IceConnectionState.NEW, DtlsState.CONNECTING));
        assertEquals(TransportState.CONNECTING, of(false, IceConnectionState.CHECKING, DtlsState.NEW));
    }

    @Test
    void connectedNeedsBoth() {
        assertEquals(TransportState.CONNECTING, of(false, IceConnectionState.CONNECTED, DtlsState.CONNECTING));
        assertEquals(TransportState.CONNECTED, of(false, IceConnectionState.CONNECTED, DtlsState.CONNECTED));
        assertEquals(TransportState.CONNECTED, of(false, IceConnectionState.COMPLETED, DtlsState.CONNECTED));
        assertEquals(TransportState.CONNECTED, of(false, IceConnectionState.COMPLETED, DtlsState.CLOSED));
        assertEquals("connected", TransportState.CONNECTED.toString());
    }
}
