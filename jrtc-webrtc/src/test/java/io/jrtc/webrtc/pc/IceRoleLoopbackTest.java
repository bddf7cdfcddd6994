package io.jrtc.webrtc.pc;

import static io.jrtc.webrtc.pc.Peers.await;
import static io.jrtc.webrtc.pc.Peers.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelState;
import io.jrtc.webrtc.RTCIceRole;
import io.jrtc.webrtc.RTCSdpType;
import io.jrtc.webrtc.RTCSessionDescription;
import org.junit.jupiter.api.Test;

/** W3C {@code RTCIceTransport.role} follows the ICE agent (RFC 8445 §6.1.1, §7.3.1.1). */
class IceRoleLoopbackTest {

    @Test
    void offererControlsAndAnswererIsControlled() {
        try (Peers p = new Peers()) {
            assertEquals(RTCIceRole.UNKNOWN, p.a.pc.iceTransport().role(), "no description yet");
            RTCDataChannel ch = p.a.pc.createDataChannel("role");
            p.negotiate();
            until(() -> ch.readyState() == RTCDataChannelState.OPEN, "open");
            assertEquals(RTCIceRole.CONTROLLING, p.a.pc.iceTransport().role());
            assertEquals(RTCIceRole.CONTROLLED, p.b.pc.iceTransport().role());
        }
    }

    /**
     * The offer is munged to claim ICE-lite: the answerer, a full agent, must then control
     * (RFC 8445 §6.1.1) although it answered, and the offerer, which controls too, meets a role
     * conflict that the tie-breakers resolve (§7.3.1.1). The roles the transports show are the
     * agents' roles at each step.
     */
    @Test
    void roleFollowsTheAgentThroughALiteSwitchAndARoleConflict() {
        try (Peers p = new Peers()) {
            RTCDataChannel ch = p.a.pc.createDataChannel("conflict");
            await(p.a.pc.setLocalDescription(), "offer");
            assertEquals(RTCIceRole.CONTROLLING, p.a.pc.iceTransport().role(), "the offerer controls");
            String sdp = p.a.pc.localDescription().orElseThrow().sdp();
            // Without the offerer's candidates, until the roles below are checked: once the
            // answerer has them its checks reach the offerer, and either side may lose the
            // conflict before an assertion here could see it controlling.
            String lite = sdp.replaceFirst("\r\nt=0 0\r\n", "\r\nt=0 0\r\na=ice-lite\r\n")
                    .replaceAll("a=candidate:[^\r]*\r\n", "");
            assertNotEquals(sdp, lite);
            await(p.b.pc.setRemoteDescription(RTCSessionDescription.of(RTCSdpType.OFFER, lite)), "lite offer");
            await(p.b.pc.setLocalDescription(), "answer");
            assertEquals(RTCIceRole.CONTROLLING, p.b.pc.iceTransport().role(),
                    "a full agent answering an ICE-lite offer controls");
            assertEquals(RTCIceRole.CONTROLLING, p.a.pc.iceTransport().role(), "the offerer has seen no check yet");
            p.b.releaseCandidates();

            p.a.setRemote(p.b.pc.localDescription().orElseThrow());
            until(() -> ch.readyState() == RTCDataChannelState.OPEN, "open despite the role conflict",
                    () -> p.a.events + " / " + p.b.events);
            until(() -> p.a.pc.iceTransport().role() != p.b.pc.iceTransport().role(), "the conflict is resolved",
                    () -> p.a.pc.iceTransport().role() + " / " + p.b.pc.iceTransport().role());
        }
    }
}
