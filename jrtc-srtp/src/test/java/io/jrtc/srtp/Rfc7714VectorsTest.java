package io.jrtc.srtp;

import static io.jrtc.srtp.Hex.hex;
import static io.jrtc.srtp.Hex.withRoom;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jrtc.srtp.internal.GcmTransform;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * RFC 7714 §16 (SRTP) and §17 (SRTCP) AES-GCM vectors, byte-exact, in both directions, with and
 * without encryption. The RFC gives session keys (no master key), so the contexts are built on
 * them directly.
 */
class Rfc7714VectorsTest {
    static final byte[] KEY128 = hex("000102030405060708090a0b0c0d0e0f");
    static final byte[] KEY256 = hex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    static final byte[] SALT = hex("517569642070726f2071756f"); // "Quid pro quo"

    static final byte[] RTP = hex("""
            8040f17b 8041f8d3 5501a0b2 47616c6c
            69612065 7374206f 6d6e6973 20646976
            69736120 696e2070 61727465 73207472
            6573""");
    static final byte[] RTCP = hex("""
            81c8000d 4d617273 4e545031 4e545032
            52545020 0000042a 0000e930 4c756e61
            deadbeef deadbeef deadbeef deadbeef
            deadbeef""");

    static SrtpContext context(SrtpProfile profile, boolean encrypt) {
        byte[] key = profile == SrtpProfile.AEAD_AES_128_GCM ? KEY128 : KEY256;
        SrtpConfig config = SrtpConfig.builder().encryptRtp(encrypt).encryptRtcp(encrypt).build();
        return new SrtpContext(profile, config, new GcmTransform(key, SALT, key, SALT));
    }

    private static void assertProtects(SrtpContext c, byte[] plain, byte[] expected) {
        byte[] buf = withRoom(plain, 32);
        int n = c.protectRtp(buf, 0, plain.length);
        assertArrayEquals(expected, Arrays.copyOf(buf, n));
    }

    private static void assertUnprotects(SrtpContext c, byte[] protectedPacket, byte[] plain) {
        byte[] buf = protectedPacket.clone();
        int n = c.unprotectRtp(buf, 0, buf.length);
        assertEquals(plain.length, n, () -> "result " + SrtpError.of(n));
        assertArrayEquals(plain, Arrays.copyOf(buf, n));
    }

    @Test
    void ivFormation() {
        byte[] iv = new byte[12];
        GcmTransform.rtpIv(iv, SALT, 0x5501a0b2, 0xf17b);
        assertArrayEquals(hex("51 75 3c 65 80 c2 72 6f 20 71 84 14"), iv, "§16");
        GcmTransform.rtcpIv(iv, SALT, 0x4d617273, 0x5d4);
        assertArrayEquals(hex("51 75 24 05 52 03 72 6f 20 71 70 bb"), iv, "§17");
    }

    static final byte[] S16_1_1 = hex("""
            8040f17b 8041f8d3 5501a0b2 f24de3a3
            fb34de6c acba861c 9d7e4bca be633bd5
            0d294e6f 42a5f47a 51c7d19b 36de3adf
            8833899d 7f27beb1 6a9152cf 765ee439
            0cce""");

    @Test
    void s16_1_1and2Aes128GcmEncryptionAndDecryption() {
        assertProtects(context(SrtpProfile.AEAD_AES_128_GCM, true), RTP, S16_1_1);
        assertUnprotects(context(SrtpProfile.AEAD_AES_128_GCM, true), S16_1_1, RTP);
    }

    @Test
    void s16_1_3and4Aes128GcmTaggingAndVerification() {
        byte[] tagged = hex("""
                8040f17b 8041f8d3 5501a0b2 47616c6c
                69612065 7374206f 6d6e6973 20646976
                69736120 696e2070 61727465 73207472
                65732249 3f82d2bc e397e9d7 9e3b19aa
                4216""");
        assertProtects(context(SrtpProfile.AEAD_AES_128_GCM, false), RTP, tagged);
        assertUnprotects(context(SrtpProfile.AEAD_AES_128_GCM, false), tagged, RTP);
    }

    @Test
    void s16_2_1and2Aes256GcmEncryptionAndDecryption() {
        byte[] encrypted = hex("""
                8040f17b 8041f8d3 5501a0b2 32b1de78
                a822fe12 ef9f78fa 332e33aa b1801238
                9a58e2f3 b50b2a02 76ffae0f 1ba63799
                b87b7aa3 db36dfff d6b0f9bb 7878d7a7
                6c13""");
        assertProtects(context(SrtpProfile.AEAD_AES_256_GCM, true), RTP, encrypted);
        assertUnprotects(context(SrtpProfile.AEAD_AES_256_GCM, true), encrypted, RTP);
    }

    @Test
    void s16_2_3and4Aes256GcmTaggingAndVerification() {
        byte[] tagged = hex("""
                8040f17b 8041f8d3 5501a0b2 47616c6c
                69612065 7374206f 6d6e6973 20646976
                69736120 696e2070 61727465 73207472
                6573a866 d5910f88 7463067c eefec452
                15d4""");
        assertProtects(context(SrtpProfile.AEAD_AES_256_GCM, false), RTP, tagged);
        assertUnprotects(context(SrtpProfile.AEAD_AES_256_GCM, false), tagged, RTP);
    }

    /** The sender's SRTCP index is its own state: send 0x5d4 packets first so the next is 000005d4. */
    private static byte[] protectRtcpAtIndex5d4(SrtpContext c) {
        byte[] scratch = new byte[RTCP.length + 32];
        for (int i = 0; i < 0x5d4; i++) {
            System.arraycopy(RTCP, 0, scratch, 0, RTCP.length);
            c.protectRtcp(scratch, 0, RTCP.length);
        }
        assertEquals(0x5d4, c.nextSrtcpIndex(0x4d617273));
        byte[] buf = withRoom(RTCP, 32);
        int n = c.protectRtcp(buf, 0, RTCP.length);
        return Arrays.copyOf(buf, n);
    }

    @Test
    void s17_1Aes128GcmSrtcpEncryptionAndTagging() {
        byte[] expected = hex("""
                81c8000d 4d617273 63e94885 dcdab67c
                a727d766 2f6b7e99 7ff5c0f7 6c06f32d
                c676a5f1 730d6fda 4ce09b46 86303ded
                0bb9275b c84aa458 96cf4d2f c5abf872
                45d9eade 800005d4""");
        assertArrayEquals(expected, protectRtcpAtIndex5d4(context(SrtpProfile.AEAD_AES_128_GCM, true)));
        assertRtcpUnprotects(context(SrtpProfile.AEAD_AES_128_GCM, true), expected);
    }

    @Test
    void s17_2Aes256GcmSrtcpVerificationAndDecryption() {
        byte[] packet = hex("""
                81c8000d 4d617273 d50ae4d1 f5ce5d30
                4ba297e4 7d470c28 2c3ece5d bffe0a50
                a2eaa5c1 110555be 8415f658 c61de047
                6f1b6fad 1d1eb30c 4446839f 57ff6f6c
                b26ac3be 800005d4""");
        assertRtcpUnprotects(context(SrtpProfile.AEAD_AES_256_GCM, true), packet);
        assertArrayEquals(packet, protectRtcpAtIndex5d4(context(SrtpProfile.AEAD_AES_256_GCM, true)));
    }

    @Test
    void s17_3Aes128GcmSrtcpTaggingOnly() {
        byte[] expected = hex("""
                81c8000d 4d617273 4e545031 4e545032
                52545020 0000042a 0000e930 4c756e61
                deadbeef deadbeef deadbeef deadbeef
                deadbeef 841dd968 3dd78ec9 2ae58790
                125f62b3 000005d4""");
        assertArrayEquals(expected, protectRtcpAtIndex5d4(context(SrtpProfile.AEAD_AES_128_GCM, false)));
        assertRtcpUnprotects(context(SrtpProfile.AEAD_AES_128_GCM, true), expected);
    }

    @Test
    void s17_4Aes256GcmSrtcpTagVerification() {
        byte[] packet = hex("""
                81c8000d 4d617273 4e545031 4e545032
                52545020 0000042a 0000e930 4c756e61
                deadbeef deadbeef deadbeef deadbeef
                deadbeef 91db4afb feee5a97 8fab4393
                ed2615fe 000005d4""");
        // The receiver follows the E flag, whatever it would send itself.
        assertRtcpUnprotects(context(SrtpProfile.AEAD_AES_256_GCM, true), packet);
        assertArrayEquals(packet, protectRtcpAtIndex5d4(context(SrtpProfile.AEAD_AES_256_GCM, false)));
    }

    private static void assertRtcpUnprotects(SrtpContext c, byte[] packet) {
        byte[] buf = packet.clone();
        int n = c.unprotectRtcp(buf, 0, buf.length);
        assertEquals(RTCP.length, n, () -> "result " + SrtpError.of(n));
        assertArrayEquals(RTCP, Arrays.copyOf(buf, n));
    }
}
