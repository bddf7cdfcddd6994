package io.jrtc.srtp;

import static io.jrtc.srtp.Hex.hex;
import static io.jrtc.srtp.Hex.withRoom;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Whole-packet counter-mode vectors, which RFC 3711 lacks: the known-answer packets libsrtp's test
 * driver checks (with the RFC 3711 B.3 and RFC 6188 §7.2 master keys), from the master key through
 * key derivation, encryption and HMAC-SHA1-80. They pin this implementation to what deployed stacks
 * produce, not only to itself.
 */
class LibsrtpKnownAnswerTest {
    private static final byte[] PLAIN = hex("800f1234decafbadcafebabe abababababababababababababababab");

    private static void check(SrtpProfile profile, String key, String salt, String expected) {
        SrtpMasterKey master = new SrtpMasterKey(hex(key), hex(salt));
        SrtpContext sender = SrtpContext.create(profile, master, SrtpConfig.defaults());
        byte[] buf = withRoom(PLAIN, 10);
        int n = sender.protectRtp(buf, 0, PLAIN.length);
        assertArrayEquals(hex(expected), Arrays.copyOf(buf, n));

        SrtpContext receiver = SrtpContext.create(profile, master, SrtpConfig.defaults());
        assertEquals(PLAIN.length, receiver.unprotectRtp(buf, 0, n));
        assertArrayEquals(PLAIN, Arrays.copyOf(buf, PLAIN.length));
    }

    @Test
    void aes128CmHmacSha1_80() {
        check(SrtpProfile.AES128_CM_HMAC_SHA1_80, "e1f97a0d3e018be0d64fa32c06de4139", "0ec675ad498afeebb6960b3aabe6",
                "800f1234decafbadcafebabe 4e55dc4ce79978d88ca4d215949d2402 b78d6acc99ea179b8dbb");
    }

    @Test
    void aes256CmHmacSha1_80() {
        check(SrtpProfile.AES256_CM_HMAC_SHA1_80,
                "f0f04914b513f2763a1b1fa130f10e2998f6f6e43e4309d1e622a0e332b9f1b6", "3b04803de51ee7c96423ab5b78d2",
                "800f1234decafbadcafebabe f1d9de17ff251ff1aa007774b0b4b40d a08d9d9a5b3a55d8873b");
    }
}
