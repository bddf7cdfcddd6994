package io.jrtc.srtp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.srtp.internal.CmTransform;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Protect then unprotect, for every profile, every packet size, both buffer styles. */
class RoundTripTest {
    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void srtpRoundTripsEveryPayloadSize(SrtpProfile profile) {
        SrtpContext[] c = Packets.pair(profile, SrtpConfig.defaults());
        for (int size = 0; size <= 300; size++) {
            byte[] plain = Packets.rtp(0xABCD, size, size);
            int len = Packets.length(plain);
            byte[] buf = plain.clone();
            int n = c[0].protectRtp(buf, 0, len);
            assertEquals(len + profile.rtpTagLength(), n);
            if (size >= 16) {
                assertFalse(Arrays.equals(plain, 0, len, buf, 0, len), "payload is encrypted");
            }
            int m = c[1].unprotectRtp(buf, 0, n);
            assertEquals(len, m, () -> String.valueOf(SrtpError.of(m)));
            assertArrayEquals(Arrays.copyOf(plain, len), Arrays.copyOf(buf, len));
        }
        assertEquals(301, c[1].rtpUnprotected());
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void srtcpRoundTrips(SrtpProfile profile) {
        SrtpContext[] c = Packets.pair(profile, SrtpConfig.defaults());
        for (int i = 0; i < 100; i++) {
            byte[] plain = Packets.rtcp(77);
            byte[] buf = plain.clone();
            int n = c[0].protectRtcp(buf, 0, 32);
            assertEquals(32 + profile.rtcpOverhead(), n);
            assertFalse(Arrays.equals(plain, 8, 32, buf, 8, 32), "RTCP is encrypted after the SSRC");
            assertEquals(32, c[1].unprotectRtcp(buf, 0, n));
            assertArrayEquals(Arrays.copyOf(plain, 32), Arrays.copyOf(buf, 32));
        }
        assertEquals(100, c[0].nextSrtcpIndex(77));
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void separateBuffersAtOffsetsLeaveTheSourceAlone(SrtpProfile profile) {
        SrtpContext[] c = Packets.pair(profile, SrtpConfig.defaults());
        byte[] plain = Packets.rtp(1, 1, 1200);
        int len = Packets.length(plain);
        byte[] src = plain.clone();
        byte[] wire = new byte[1500];
        int n = c[0].protectRtp(src, 0, len, wire, 7);
        assertArrayEquals(plain, src);
        byte[] out = new byte[1500];
        assertEquals(len, c[1].unprotectRtp(wire, 7, n, out, 3));
        assertArrayEquals(Arrays.copyOf(plain, len), Arrays.copyOfRange(out, 3, 3 + len));
        assertEquals(SrtpError.BUFFER_TOO_SMALL.code(), c[1].unprotectRtp(wire, 7, n, new byte[10], 0));
        assertEquals(1, c[1].dropped(SrtpError.BUFFER_TOO_SMALL));

        byte[] r = Packets.rtcp(9);
        int rn = c[0].protectRtcp(r.clone(), 0, 32, wire, 0);
        assertEquals(32, c[1].unprotectRtcp(wire, 0, rn, out, 0));
        assertArrayEquals(Arrays.copyOf(r, 32), Arrays.copyOf(out, 32));
    }

    /**
     * The two-buffer calls (which GCM serves without copying) give byte-identical results to the
     * in-place ones, between distinct arrays and between overlapping ranges of one array, and a
     * packet that fails leaves its source as it was.
     */
    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void twoBufferCallsMatchInPlaceOnes(SrtpProfile profile) {
        SrtpContext[] inPlace = Packets.pair(profile, SrtpConfig.defaults());
        SrtpContext[] twoBuffers = Packets.pair(profile, SrtpConfig.defaults());
        for (int seq = 1; seq <= 3; seq++) {
            byte[] plain = Packets.rtp(5, seq, 1000 + seq);
            int len = Packets.length(plain);
            byte[] expected = plain.clone();
            int n = inPlace[0].protectRtp(expected, 0, len);

            byte[] src = plain.clone();
            byte[] wire = new byte[1500];
            int at = seq == 2 ? 0 : 20;
            byte[] protectedBytes;
            if (seq == 3) { // overlapping ranges of one array: the packet moves 5 bytes forward
                byte[] shared = new byte[1500];
                System.arraycopy(plain, 0, shared, 0, len);
                assertEquals(n, twoBuffers[0].protectRtp(shared, 0, len, shared, 5));
                protectedBytes = Arrays.copyOfRange(shared, 5, 5 + n);
            } else {
                assertEquals(n, twoBuffers[0].protectRtp(src, 0, len, wire, at));
                assertArrayEquals(plain, src, "source untouched");
                protectedBytes = Arrays.copyOfRange(wire, at, at + n);
            }
            assertArrayEquals(Arrays.copyOf(expected, n), protectedBytes, "seq " + seq);

            byte[] out = new byte[1500];
            assertEquals(len, twoBuffers[1].unprotectRtp(protectedBytes, 0, n, out, 9));
            assertArrayEquals(Arrays.copyOf(plain, len), Arrays.copyOfRange(out, 9, 9 + len));
            assertEquals(len, inPlace[1].unprotectRtp(expected, 0, n));
        }
        byte[] plain = Packets.rtp(5, 4, 700);
        int n = twoBuffers[0].protectRtp(plain, 0, Packets.length(plain));
        plain[n - 1] ^= 1;
        byte[] tampered = Arrays.copyOf(plain, n);
        assertEquals(SrtpError.AUTH_FAILED.code(), twoBuffers[1].unprotectRtp(tampered, 0, n, new byte[1500], 0));
        assertArrayEquals(Arrays.copyOf(plain, n), tampered);
        assertEquals(3, twoBuffers[1].rtpUnprotected());
        assertEquals(1, twoBuffers[1].dropped(SrtpError.AUTH_FAILED));
    }

    @Test
    void protectRefusesWhatIsNotRtpOrHasNoRoom() {
        SrtpContext c = Packets.pair(SrtpProfile.AES128_CM_HMAC_SHA1_80, SrtpConfig.defaults())[0];
        assertThrows(IllegalArgumentException.class, () -> c.protectRtp(new byte[40], 0, 20), "version 0");
        byte[] p = Packets.rtp(1, 1, 10);
        assertThrows(IllegalArgumentException.class, () -> c.protectRtp(p, 0, p.length - 5), "no room for the tag");
        assertThrows(IllegalArgumentException.class, () -> c.protectRtcp(new byte[40], 0, 8), "RTCP version 0");
        assertThrows(IllegalArgumentException.class, () -> c.protectRtcp(Packets.rtcp(1), 0, 60), "no room");
        assertThrows(IndexOutOfBoundsException.class, () -> c.protectRtp(p, 5, p.length));
        assertThrows(IllegalArgumentException.class,
                () -> SrtpContext.create(SrtpProfile.AEAD_AES_128_GCM, new SrtpMasterKey(new byte[16], new byte[14]),
                        SrtpConfig.defaults()), "a 14-byte salt for GCM");
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void anIndexIsNeverEncryptedTwice(SrtpProfile profile) {
        SrtpContext c = Packets.pair(profile, SrtpConfig.defaults())[0];
        for (int seq : new int[] {10, 12, 11}) { // sending out of order is fine
            byte[] p = Packets.rtp(1, seq, 30);
            c.protectRtp(p, 0, Packets.length(p));
        }
        for (int seq : new int[] {10, 11, 12, 50000}) { // repeats, and an index before the first
            byte[] again = Packets.rtp(1, seq, 30);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> c.protectRtp(again, 0, Packets.length(again)), "seq " + seq);
            assertTrue(e.getMessage().contains("never be encrypted twice"), e.getMessage());
        }
        byte[] other = Packets.rtp(2, 10, 30); // same sequence number, other SSRC
        c.protectRtp(other, 0, Packets.length(other));
        assertEquals(4, c.rtpProtected());
    }

    @Test
    void counterModeIvMatchesRfc3711Formula() {
        Random r = new Random(3711);
        byte[] salt = new byte[14];
        byte[] a = new byte[16];
        byte[] b = new byte[16];
        for (int i = 0; i < 1000; i++) {
            r.nextBytes(salt);
            int ssrc = r.nextInt();
            long index = r.nextLong() & 0xFFFF_FFFF_FFFFL;
            CmTransform.iv(a, salt, ssrc, index);
            CmIv.rtp(b, salt, ssrc, index);
            assertArrayEquals(b, a);
        }
    }

    @Test
    void errorCodesMapBack() {
        for (SrtpError e : SrtpError.values()) {
            assertEquals(e, SrtpError.of(e.code()));
        }
        assertNull(SrtpError.of(0));
        assertNull(SrtpError.of(-100));
        assertEquals(SrtpProfile.AEAD_AES_256_GCM, SrtpProfile.fromDtlsId(8));
        assertNull(SrtpProfile.fromDtlsId(-1));
    }
}
