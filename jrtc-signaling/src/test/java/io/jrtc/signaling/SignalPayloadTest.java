package io.jrtc.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The payloads read and write the exact JSON browsers produce with {@code toJSON()}. */
class SignalPayloadTest {

    @Test
    void descriptionsInTheBrowsersShape() {
        String offer = "{\"type\":\"offer\",\"sdp\":\"v=0\\r\\no=- 46 2 IN IP4 127.0.0.1\\r\\n\"}";
        SignalPayload p = SignalPayload.fromJson(offer);
        assertEquals(new SignalPayload.Description("offer", "v=0\r\no=- 46 2 IN IP4 127.0.0.1\r\n"), p);
        assertEquals(offer, p.toJson());
        assertEquals(new SignalPayload.Description("rollback", ""), SignalPayload.fromJson("{\"type\":\"rollback\"}"));
    }

    @Test
    void candidatesInTheBrowsersShape() {
        // As Chromium's RTCIceCandidate.toJSON() writes it.
        String json = "{\"candidate\":\"candidate:842163049 1 udp 1677729535 192.0.2.7 46154 typ srflx raddr 0.0.0.0"
                + " rport 0 generation 0 ufrag sXtJ network-cost 999\",\"sdpMid\":\"0\",\"sdpMLineIndex\":0,"
                + "\"usernameFragment\":\"sXtJ\"}";
        SignalPayload p = SignalPayload.fromJson(json);
        assertEquals("sXtJ", ((SignalPayload.Candidate) p).usernameFragment());
        assertEquals(json, p.toJson());
        SignalPayload end = SignalPayload.fromJson("{\"candidate\":\"\",\"sdpMid\":\"0\"}");
        assertEquals(new SignalPayload.Candidate("", "0", null, null), end);
        assertEquals("{\"candidate\":\"\",\"sdpMid\":\"0\",\"sdpMLineIndex\":null,\"usernameFragment\":null}", end.toJson());
    }

    @Test
    void wrongShapesAreRefusedWithAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SignalPayload.fromJson("{\"type\":\"offer\"}"));
        assertEquals("bad signal data: 'sdp' is required", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SignalPayload.fromJson("{\"sdp\":\"v=0\"}"));
        assertThrows(IllegalArgumentException.class, () -> SignalPayload.fromJson("{\"candidate\":\"c\",\"sdpMLineIndex\":1.5}"));
        assertThrows(IllegalArgumentException.class, () -> new SignalPayload.Description("bogus", ""));
        assertThrows(IllegalArgumentException.class, () -> new SignalPayload.Candidate("c", null, -1, null));
    }
}
