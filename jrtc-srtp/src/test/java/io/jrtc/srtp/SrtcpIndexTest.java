package io.jrtc.srtp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The SRTCP index and E flag (RFC 3711 §3.4; RFC 7714 §9 places the word after the GCM tag). */
class SrtcpIndexTest {
    private static int word(SrtpProfile p, byte[] b, int n) {
        int at = p.isAead() ? n - 4 : n - p.rtcpTagLength() - 4;
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void indexCountsPerSsrcWithTheEFlagSet(SrtpProfile p) {
        SrtpContext[] c = Packets.pair(p, SrtpConfig.defaults());
        for (int i = 0; i < 5; i++) {
            for (int ssrc : new int[] {10, 20}) {
                byte[] b = Packets.rtcp(ssrc);
                int n = c[0].protectRtcp(b, 0, 32);
                assertEquals(0x8000_0000 | i, word(p, b, n), "E=1, index " + i);
                assertEquals(32, c[1].unprotectRtcp(b, 0, n));
            }
        }
        assertEquals(5, c[0].nextSrtcpIndex(10));
        assertEquals(0, c[0].nextSrtcpIndex(99));
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void unencryptedSrtcpCarriesEZeroAndPlainRtcp(SrtpProfile p) {
        SrtpMasterKey k = Packets.key(p, 5);
        SrtpContext sender = SrtpContext.create(p, k, SrtpConfig.builder().encryptRtcp(false).build());
        SrtpContext receiver = SrtpContext.create(p, k, SrtpConfig.defaults());
        byte[] plain = Packets.rtcp(33);
        byte[] b = plain.clone();
        int n = sender.protectRtcp(b, 0, 32);
        assertEquals(0, word(p, b, n), "E=0, index 0");
        assertArrayEquals(Arrays.copyOf(plain, 32), Arrays.copyOf(b, 32), "RTCP left in the clear");
        assertEquals(32, receiver.unprotectRtcp(b, 0, n), "the receiver follows the E flag");
        // Flipping the E flag breaks authentication: it is covered by the tag.
        byte[] again = plain.clone();
        int m = sender.protectRtcp(again, 0, 32);
        int at = p.isAead() ? m - 4 : m - p.rtcpTagLength() - 4;
        again[at] ^= (byte) 0x80;
        assertEquals(SrtpError.AUTH_FAILED.code(), receiver.unprotectRtcp(again, 0, m));
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void unencryptedSrtpIsAuthenticatedOnly(SrtpProfile p) {
        SrtpConfig clear = SrtpConfig.builder().encryptRtp(false).build();
        SrtpContext[] c = Packets.pair(p, clear);
        byte[] plain = Packets.rtp(8, 1, 50);
        int len = Packets.length(plain);
        byte[] b = plain.clone();
        int n = c[0].protectRtp(b, 0, len);
        assertArrayEquals(Arrays.copyOf(plain, len), Arrays.copyOf(b, len));
        assertEquals(len, c[1].unprotectRtp(b, 0, n));
    }
}
