package io.jrtc.srtp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every single-bit change to a protected packet, anywhere (header, payload, tag, SRTCP trailer),
 * makes it fail: it is dropped as an authentication failure (or as malformed when the change
 * breaks the header), counted, and never returned as plaintext.
 */
class TamperingTest {
    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void everyBitOfSrtpIsProtected(SrtpProfile p) {
        SrtpMasterKey k = Packets.key(p, 9);
        SrtpContext sender = SrtpContext.create(p, k, SrtpConfig.defaults());
        byte[] original = Packets.rtp(0x5EED, 1000, 24);
        int n = sender.protectRtp(original, 0, Packets.length(original));
        int rejected = 0;
        for (int bit = 0; bit < n * 8; bit++) {
            SrtpContext receiver = SrtpContext.create(p, k, SrtpConfig.defaults());
            byte[] b = original.clone();
            b[bit / 8] ^= (byte) (1 << (bit % 8));
            int r = receiver.unprotectRtp(b, 0, n);
            assertTrue(r < 0, "bit " + bit + " flipped, yet it unprotected");
            SrtpError e = SrtpError.of(r);
            assertTrue(e == SrtpError.AUTH_FAILED || e == SrtpError.MALFORMED, "bit " + bit + ": " + e);
            assertEquals(1, receiver.dropped(e));
            rejected++;
        }
        assertEquals(n * 8, rejected);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void everyBitOfSrtcpIsProtected(SrtpProfile p) {
        SrtpMasterKey k = Packets.key(p, 10);
        SrtpContext sender = SrtpContext.create(p, k, SrtpConfig.defaults());
        byte[] original = Packets.rtcp(0x5EED);
        int n = sender.protectRtcp(original, 0, 32);
        for (int bit = 0; bit < n * 8; bit++) {
            SrtpContext receiver = SrtpContext.create(p, k, SrtpConfig.defaults());
            byte[] b = original.clone();
            b[bit / 8] ^= (byte) (1 << (bit % 8));
            int r = receiver.unprotectRtcp(b, 0, n);
            SrtpError e = SrtpError.of(r);
            assertTrue(e == SrtpError.AUTH_FAILED || e == SrtpError.MALFORMED, "bit " + bit + ": " + e);
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void truncatedPacketsAreMalformedOrUnauthentic(SrtpProfile p) {
        SrtpContext[] c = Packets.pair(p, SrtpConfig.defaults());
        byte[] b = Packets.rtp(1, 1, 30);
        int n = c[0].protectRtp(b, 0, Packets.length(b));
        for (int len = 0; len < n; len++) {
            SrtpError e = SrtpError.of(c[1].unprotectRtp(b.clone(), 0, len));
            assertTrue(e == SrtpError.MALFORMED || e == SrtpError.AUTH_FAILED, len + " bytes: " + e);
        }
        byte[] r = Packets.rtcp(1);
        int m = c[0].protectRtcp(r, 0, 32);
        for (int len = 0; len < m; len++) {
            SrtpError e = SrtpError.of(c[1].unprotectRtcp(r.clone(), 0, len));
            assertTrue(e == SrtpError.MALFORMED || e == SrtpError.AUTH_FAILED, len + " bytes: " + e);
        }
    }

    /**
     * A packet that fails authentication comes back exactly as it went in: no unauthenticated
     * plaintext, no zeroed bytes (GCM decrypts into a scratch array, not in place).
     */
    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void aRejectedPacketIsLeftUntouched(SrtpProfile p) {
        SrtpContext[] c = Packets.pair(p, SrtpConfig.defaults());
        byte[] b = Packets.rtp(0x77, 5, 1188);
        int n = c[0].protectRtp(b, 0, Packets.length(b));
        b[n - 1] ^= 1; // last tag byte
        byte[] before = b.clone();
        assertEquals(SrtpError.AUTH_FAILED.code(), c[1].unprotectRtp(b, 0, n));
        assertArrayEquals(before, b);
        byte[] r = Packets.rtcp(0x77);
        int m = c[0].protectRtcp(r, 0, 32);
        r[m - 1] ^= 1;
        byte[] rtcpBefore = r.clone();
        assertEquals(SrtpError.AUTH_FAILED.code(), c[1].unprotectRtcp(r, 0, m));
        assertArrayEquals(rtcpBefore, r);
    }
}
