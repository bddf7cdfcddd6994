package io.jrtc.webrtc;

import static io.jrtc.webrtc.RtcAssertions.assertRtcError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RTCIceCandidateTest {
    /** What Chromium's onicecandidate gives, through JSON.stringify(event.candidate). */
    private static final String CHROMIUM_JSON = "{\"candidate\":\"candidate:842163049 1 udp 1677729535 203.0.113.5"
            + " 50000 typ srflx raddr 10.0.0.2 rport 50001 generation 0 ufrag Ab3d network-id 1 network-cost 10\","
            + "\"sdpMid\":\"0\",\"sdpMLineIndex\":0,\"usernameFragment\":\"Ab3d\"}";

    @Test
    void readsAndWritesChromiumJsonExactly() {
        RTCIceCandidate c = RTCIceCandidate.fromJSON(CHROMIUM_JSON);
        assertEquals("0", c.sdpMid().orElseThrow());
        assertEquals(0, c.sdpMLineIndex().getAsInt());
        assertEquals("Ab3d", c.usernameFragment().orElseThrow());
        assertEquals(CHROMIUM_JSON, c.toJSON());
    }

    @Test
    void derivedFieldsComeFromTheCandidateLine() {
        RTCIceCandidate c = RTCIceCandidate.fromJSON(CHROMIUM_JSON);
        assertEquals("842163049", c.foundation().orElseThrow());
        assertEquals(RTCIceComponent.RTP, c.component().orElseThrow());
        assertEquals(1677729535L, c.priority().getAsLong());
        assertEquals("203.0.113.5", c.address().orElseThrow());
        assertEquals(RTCIceProtocol.UDP, c.protocol().orElseThrow());
        assertEquals(50000, c.port().getAsInt());
        assertEquals(RTCIceCandidateType.SRFLX, c.type().orElseThrow());
        assertTrue(c.tcpType().isEmpty());
        assertEquals("10.0.0.2", c.relatedAddress().orElseThrow());
        assertEquals(50001, c.relatedPort().getAsInt());
    }

    @Test
    void tcpCandidateAndUfragFromTheLine() {
        RTCIceCandidate c = RTCIceCandidate.of(
                "candidate:977003582 2 tcp 1518214911 ::1 9 typ host tcptype active generation 0 ufrag Jt6o", null, 1);
        assertEquals(RTCIceProtocol.TCP, c.protocol().orElseThrow());
        assertEquals(RTCIceTcpCandidateType.ACTIVE, c.tcpType().orElseThrow());
        assertEquals(RTCIceComponent.RTCP, c.component().orElseThrow());
        assertEquals("Jt6o", c.usernameFragment().orElseThrow());
        assertTrue(c.relatedAddress().isEmpty());
        assertTrue(c.relatedPort().isEmpty());
        assertEquals("{\"candidate\":\"" + c.candidate() + "\",\"sdpMid\":null,\"sdpMLineIndex\":1,"
                + "\"usernameFragment\":\"Jt6o\"}", c.toJSON());
    }

    @Test
    void endOfCandidatesIsAnEmptyCandidate() {
        RTCIceCandidate c = RTCIceCandidate.fromJSON("{\"candidate\":\"\",\"sdpMid\":\"0\",\"sdpMLineIndex\":0}");
        assertTrue(c.isEndOfCandidates());
        assertTrue(c.foundation().isEmpty());
        assertTrue(c.usernameFragment().isEmpty());
        assertEquals("{\"candidate\":\"\",\"sdpMid\":\"0\",\"sdpMLineIndex\":0,\"usernameFragment\":null}", c.toJSON());
        assertTrue(RTCIceCandidate.fromJSON("{\"sdpMid\":\"1\"}").isEndOfCandidates());
    }

    @Test
    void aMalformedLineHasNoDerivedFieldsButIsAValue() {
        RTCIceCandidate c = RTCIceCandidate.of("candidate:x 1 udp notanumber 1.2.3.4 5 typ host", "0", null);
        assertFalse(c.isEndOfCandidates());
        assertTrue(c.foundation().isEmpty());
        assertTrue(c.port().isEmpty());
        assertTrue(c.type().isEmpty());
    }

    @Test
    void theSpecsTypeErrors() {
        // Both sdpMid and sdpMLineIndex null: WebRTC 1.0 section 4.8.2.1 step 1.
        assertRtcError(RTCErrorName.TYPE_ERROR, () -> RTCIceCandidate.fromJSON("{\"candidate\":\"\"}"));
        assertRtcError(RTCErrorName.TYPE_ERROR,
                () -> RTCIceCandidate.fromJSON("{\"sdpMid\":null,\"sdpMLineIndex\":null}"));
        assertRtcError(RTCErrorName.TYPE_ERROR, () -> RTCIceCandidate.fromJSON("{\"sdpMLineIndex\":-1}"));
        assertRtcError(RTCErrorName.TYPE_ERROR, () -> RTCIceCandidate.fromJSON("{\"sdpMLineIndex\":65536}"));
        assertRtcError(RTCErrorName.TYPE_ERROR, () -> RTCIceCandidate.fromJSON("{\"sdpMLineIndex\":0.5}"));
        assertRtcError(RTCErrorName.TYPE_ERROR, () -> RTCIceCandidate.fromJSON("{\"sdpMid\":0}"));
        assertRtcError(RTCErrorName.TYPE_ERROR, () -> RTCIceCandidate.fromJSON("\"candidate\""));
        assertRtcError(RTCErrorName.SYNTAX_ERROR, () -> RTCIceCandidate.fromJSON("{\"sdpMid\":\"0\",}"));
        assertEquals(65535, RTCIceCandidate.fromJSON("{\"sdpMLineIndex\":6.5535e4}").sdpMLineIndex().getAsInt());
    }

    @Test
    void equalityIsOnTheInitMembersAndToStringHidesAddresses() {
        RTCIceCandidate a = RTCIceCandidate.fromJSON(CHROMIUM_JSON);
        assertEquals(a, RTCIceCandidate.fromJSON(a.toJSON()));
        assertEquals(a.hashCode(), RTCIceCandidate.fromJSON(a.toJSON()).hashCode());
        assertFalse(a.toString().contains("203.0.113.5"), a.toString());
    }
}
