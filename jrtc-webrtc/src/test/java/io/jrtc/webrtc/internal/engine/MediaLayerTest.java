package io.jrtc.webrtc.internal.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.dtls.SrtpKeyingMaterial;
import io.jrtc.dtls.SrtpProfile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SRTP keyed from DTLS (RFC 5764 §4.2) with its contexts built at the first packet rather than at
 * the moment DTLS connects: keyed means ready, and what one side protects the other unprotects.
 */
class MediaLayerTest {
    private static SrtpKeyingMaterial keys(SrtpProfile profile) {
        byte[] material = new byte[profile.keyingMaterialLength()];
        for (int i = 0; i < material.length; i++) {
            material[i] = (byte) (i * 7 + 1);
        }
        return new SrtpKeyingMaterial(profile, material);
    }

    @Test
    void beforeTheKeysNothingIsProtectedAndArrivalsAreDropped() {
        MediaLayer m = new MediaLayer();
        assertFalse(m.ready());
        assertNull(m.protectRtp(RtpPackets.rtp(1, 1, "x")));
        List<EngineEvent> events = new ArrayList<>();
        m.onSrtp(0, RtpPackets.rtp(1, 1, "x"), events::add);
        assertTrue(events.isEmpty());
        assertEquals(1, m.dropped());
    }

    @Test
    void keyedSidesExchangeRtpAndRtcpBuiltOnFirstUse() {
        for (SrtpProfile profile : List.of(SrtpProfile.SRTP_AES128_CM_HMAC_SHA1_80, SrtpProfile.SRTP_AEAD_AES_128_GCM)) {
            MediaLayer client = new MediaLayer();
            MediaLayer server = new MediaLayer();
            client.keyed(keys(profile), true);
            server.keyed(keys(profile), false);
            assertTrue(client.ready() && server.ready(), "keyed is ready before any packet");
            assertEquals(0, client.rtpSent());

            byte[] rtp = RtpPackets.rtp(0x01020304, 7, "hello");
            byte[] protectedRtp = client.protectRtp(rtp);
            assertNotNull(protectedRtp);
            List<EngineEvent> events = new ArrayList<>();
            server.onSrtp(5, protectedRtp, events::add);
            assertEquals(1, events.size(), profile.toString());
            EngineEvent.RtpReceived got = (EngineEvent.RtpReceived) events.get(0);
            assertEquals(0x01020304L, got.ssrc());
            assertArrayEquals(rtp, got.packet());

            byte[] rtcp = {(byte) 0x80, (byte) 201, 0, 1, 0, 0, 0, 9}; // an empty receiver report (RFC 3550 §6.4.2)
            byte[] protectedRtcp = server.protectRtcp(rtcp);
            events.clear();
            client.onSrtcp(6, protectedRtcp, events::add);
            assertEquals(1, events.size(), profile.toString());
            assertArrayEquals(rtcp, ((EngineEvent.RtcpReceived) events.get(0)).packet());
            assertEquals(1, client.rtpSent());
            assertEquals(1, server.rtpReceived());
        }
    }
}
