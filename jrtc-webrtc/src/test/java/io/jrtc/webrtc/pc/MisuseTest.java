package io.jrtc.webrtc.pc;

import static io.jrtc.webrtc.pc.LifecycleLoopbackTest.assertFailsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.webrtc.RTCBundlePolicy;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannelInit;
import io.jrtc.webrtc.RTCErrorName;
import io.jrtc.webrtc.RTCException;
import io.jrtc.webrtc.RTCIceCandidate;
import io.jrtc.webrtc.RTCPeerConnection;
import io.jrtc.webrtc.RTCSdpType;
import io.jrtc.webrtc.RTCSessionDescription;
import io.jrtc.webrtc.RTCSignalingState;
import org.junit.jupiter.api.Test;

/** Misuse gives the DOMException names WebRTC 1.0 prescribes, and leaves the connection usable. */
class MisuseTest {

    private static RTCPeerConnection pc() {
        return new RTCPeerConnection(RTCConfiguration.defaults(), Peers.LOOPBACK);
    }

    @Test
    void anAnswerInStableIsAnInvalidStateError() {
        try (RTCPeerConnection a = pc(); RTCPeerConnection b = pc()) {
            a.createDataChannel("x");
            RTCSessionDescription offer = a.createOffer().join();
            RTCException e = assertFailsWith(b.setRemoteDescription(RTCSessionDescription.of(RTCSdpType.ANSWER,
                    offer.sdp())));
            assertEquals(RTCErrorName.INVALID_STATE_ERROR, e.name());
            assertEquals(RTCErrorName.INVALID_STATE_ERROR, assertFailsWith(b.createAnswer()).name());
            assertEquals(RTCSignalingState.STABLE, b.signalingState());
            // Still usable: the real offer applies.
            b.setRemoteDescription(offer).join();
            assertEquals(RTCSignalingState.HAVE_REMOTE_OFFER, b.signalingState());
        }
    }

    @Test
    void sdpThatDoesNotParseIsAnOperationError() {
        try (RTCPeerConnection b = pc()) {
            RTCException e = assertFailsWith(b.setRemoteDescription(RTCSessionDescription.of(RTCSdpType.OFFER,
                    "v=0\r\nthis is not sdp\r\n")));
            assertEquals(RTCErrorName.OPERATION_ERROR, e.name());
            assertEquals(RTCSignalingState.STABLE, b.signalingState());
        }
    }

    @Test
    void mungedLocalSdpIsAnInvalidModificationError() {
        try (RTCPeerConnection a = pc()) {
            a.createDataChannel("x");
            RTCSessionDescription offer = a.createOffer().join();
            RTCException e = assertFailsWith(a.setLocalDescription(RTCSessionDescription.of(RTCSdpType.OFFER,
                    offer.sdp().replace("a=ice-ufrag:", "a=ice-ufrag:x"))));
            assertEquals(RTCErrorName.INVALID_MODIFICATION_ERROR, e.name());
        }
    }

    @Test
    void aCandidateWithoutARemoteDescriptionIsAnInvalidStateError() {
        try (RTCPeerConnection a = pc()) {
            RTCException e = assertFailsWith(a.addIceCandidate(RTCIceCandidate.of(
                    "candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host", "0", 0)));
            assertEquals(RTCErrorName.INVALID_STATE_ERROR, e.name());
        }
    }

    @Test
    void aCandidateForNoSectionIsAnOperationError() {
        try (RTCPeerConnection a = pc(); RTCPeerConnection b = pc()) {
            a.createDataChannel("x");
            b.setRemoteDescription(a.createOffer().join()).join();
            RTCException e = assertFailsWith(b.addIceCandidate(RTCIceCandidate.of(
                    "candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host", "no-such-mid", null)));
            assertEquals(RTCErrorName.OPERATION_ERROR, e.name());
        }
    }

    @Test
    void configurationThatMayNotChangeIsAnInvalidModificationError() {
        try (RTCPeerConnection a = pc()) {
            RTCConfiguration changed = a.getConfiguration().toBuilder().bundlePolicy(RTCBundlePolicy.MAX_COMPAT).build();
            RTCException e = assertThrows(RTCException.class, () -> a.setConfiguration(changed));
            assertEquals(RTCErrorName.INVALID_MODIFICATION_ERROR, e.name());
            RTCConfiguration pool = a.getConfiguration().toBuilder().iceCandidatePoolSize(2).build();
            a.setConfiguration(pool);
            assertEquals(2, a.getConfiguration().iceCandidatePoolSize());
            a.close();
            assertEquals(RTCErrorName.INVALID_STATE_ERROR,
                    assertThrows(RTCException.class, () -> a.setConfiguration(pool)).name());
        }
    }

    @Test
    void aDataChannelWithABadLabelOrInitFailsAndCannotSendBeforeOpen() {
        try (RTCPeerConnection a = pc()) {
            RTCException tooLong = assertThrows(RTCException.class, () -> a.createDataChannel("x".repeat(70_000)));
            assertEquals(RTCErrorName.TYPE_ERROR, tooLong.name());
            assertTrue(assertThrows(RuntimeException.class, () -> RTCDataChannelInit.builder().maxRetransmits(1)
                    .maxPacketLifeTime(1).build()) instanceof RTCException);
            assertThrows(RTCException.class, () -> a.createDataChannel("x").send("not open yet"));
        }
    }
}
