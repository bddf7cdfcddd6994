package io.jrtc.srtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Key lifetime (RFC 3711 §9.2): protect refuses, with a clear error, once the key is used up. */
class KeyLifetimeTest {
    @Test
    void defaultsAreTheRfcLimits() {
        assertEquals(1L << 48, SrtpConfig.defaults().srtpPacketLimit());
        assertEquals(1L << 31, SrtpConfig.defaults().srtcpPacketLimit());
        assertThrows(IllegalArgumentException.class, () -> SrtpConfig.builder().keyLifetime((1L << 48) + 1, 5));
        assertThrows(IllegalArgumentException.class, () -> SrtpConfig.builder().keyLifetime(5, (1L << 31) + 1));
    }

    @Test
    void protectRefusesPastTheLimitAcrossSsrcs() {
        SrtpConfig config = SrtpConfig.builder().keyLifetime(3, 2).build();
        SrtpContext c = Packets.pair(SrtpProfile.AES128_CM_HMAC_SHA1_80, config)[0];
        for (int i = 0; i < 3; i++) {
            byte[] p = Packets.rtp(i, i, 10); // three SSRCs: the limit is per key
            c.protectRtp(p, 0, Packets.length(p));
        }
        byte[] p = Packets.rtp(9, 9, 10);
        SrtpKeyLifetimeException e = assertThrows(SrtpKeyLifetimeException.class,
                () -> c.protectRtp(p, 0, Packets.length(p)));
        assertTrue(e.getMessage().contains("re-key"), e.getMessage());
        assertEquals(3, c.rtpProtected());

        c.protectRtcp(Packets.rtcp(1), 0, 32);
        c.protectRtcp(Packets.rtcp(2), 0, 32);
        assertThrows(SrtpKeyLifetimeException.class, () -> c.protectRtcp(Packets.rtcp(3), 0, 32));
        assertEquals(2, c.rtcpProtected());
    }
}
