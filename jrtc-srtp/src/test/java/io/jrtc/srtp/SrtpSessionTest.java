package io.jrtc.srtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Contexts from DTLS-SRTP keying material (RFC 5764 §4.2) and the SSRC policy. */
class SrtpSessionTest {
    private static byte[] material(SrtpProfile p) {
        byte[] m = new byte[p.keyingMaterialLength()];
        for (int i = 0; i < m.length; i++) {
            m[i] = (byte) (i * 13 + 1);
        }
        return m;
    }

    @ParameterizedTest
    @EnumSource(value = SrtpProfile.class, names = {"AES128_CM_HMAC_SHA1_80", "AES128_CM_HMAC_SHA1_32",
            "AEAD_AES_128_GCM", "AEAD_AES_256_GCM"})
    void clientAndServerTalkBothWays(SrtpProfile p) {
        byte[] m = material(p);
        SrtpSession client = SrtpSession.fromDtlsKeyingMaterial(p, m, SrtpSession.Role.CLIENT, SrtpConfig.defaults());
        SrtpSession server = SrtpSession.fromDtlsKeyingMaterial(p, m, SrtpSession.Role.SERVER, SrtpConfig.defaults());
        byte[] a = Packets.rtp(1, 1, 100);
        int n = client.outbound().protectRtp(a, 0, Packets.length(a));
        assertEquals(Packets.length(a), server.inbound().unprotectRtp(a, 0, n));
        byte[] b = Packets.rtp(2, 1, 100);
        int k = server.outbound().protectRtp(b, 0, Packets.length(b));
        assertEquals(Packets.length(b), client.inbound().unprotectRtp(b, 0, k));
        // The two directions use different keys: a client packet does not verify as a server packet.
        byte[] c = Packets.rtp(3, 1, 100);
        int j = client.outbound().protectRtp(c, 0, Packets.length(c));
        assertEquals(SrtpError.AUTH_FAILED.code(), client.inbound().unprotectRtp(c, 0, j));
    }

    @Test
    void keyingMaterialLayoutIsClientKeyServerKeyClientSaltServerSalt() {
        SrtpProfile p = SrtpProfile.AES128_CM_HMAC_SHA1_80;
        byte[] m = material(p);
        SrtpSession client = SrtpSession.fromDtlsKeyingMaterial(p, m, SrtpSession.Role.CLIENT, SrtpConfig.defaults());
        SrtpMasterKey clientWrite = new SrtpMasterKey(java.util.Arrays.copyOfRange(m, 0, 16),
                java.util.Arrays.copyOfRange(m, 32, 46));
        SrtpContext reference = SrtpContext.create(p, clientWrite, SrtpConfig.defaults());
        byte[] a = Packets.rtp(1, 1, 40);
        byte[] b = a.clone();
        int n = client.outbound().protectRtp(a, 0, Packets.length(a));
        reference.protectRtp(b, 0, Packets.length(b));
        assertEquals(java.util.HexFormat.of().formatHex(b, 0, n), java.util.HexFormat.of().formatHex(a, 0, n));
        assertEquals(60, SrtpProfile.AES128_CM_HMAC_SHA1_80.keyingMaterialLength());
        assertEquals(56, SrtpProfile.AEAD_AES_128_GCM.keyingMaterialLength());
        assertEquals(88, SrtpProfile.AEAD_AES_256_GCM.keyingMaterialLength());
        assertThrows(IllegalArgumentException.class,
                () -> SrtpSession.fromDtlsKeyingMaterial(p, new byte[59], SrtpSession.Role.CLIENT, SrtpConfig.defaults()));
    }

    @Test
    void unknownSsrcsAreDroppedWhenNotAccepted() {
        SrtpProfile p = SrtpProfile.AEAD_AES_128_GCM;
        SrtpMasterKey k = Packets.key(p, 1);
        SrtpContext sender = SrtpContext.create(p, k, SrtpConfig.defaults());
        SrtpContext strict = SrtpContext.create(p, k, SrtpConfig.builder().acceptNewSsrcs(false).build());
        strict.addSsrc(100);
        byte[] known = Packets.rtp(100, 1, 10);
        byte[] unknown = Packets.rtp(200, 1, 10);
        int n = sender.protectRtp(known, 0, Packets.length(known));
        int m = sender.protectRtp(unknown, 0, Packets.length(unknown));
        assertEquals(Packets.length(known), strict.unprotectRtp(known, 0, n));
        assertEquals(SrtpError.UNKNOWN_SSRC.code(), strict.unprotectRtp(unknown, 0, m));
        byte[] rtcp = Packets.rtcp(200);
        int r = sender.protectRtcp(rtcp, 0, 32);
        assertEquals(SrtpError.UNKNOWN_SSRC.code(), strict.unprotectRtcp(rtcp, 0, r));
        assertEquals(2, strict.dropped(SrtpError.UNKNOWN_SSRC));

        SrtpContext small = SrtpContext.create(p, k, SrtpConfig.builder().maxSsrcs(2).build());
        SrtpContext send2 = SrtpContext.create(p, k, SrtpConfig.defaults());
        for (int ssrc = 1; ssrc <= 3; ssrc++) {
            byte[] b = Packets.rtp(ssrc, 1, 10);
            int len = send2.protectRtp(b, 0, Packets.length(b));
            assertEquals(ssrc <= 2 ? Packets.length(b) : SrtpError.UNKNOWN_SSRC.code(), small.unprotectRtp(b, 0, len));
        }
    }
}
