package io.jrtc.srtp;

import static io.jrtc.srtp.Hex.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jrtc.srtp.internal.AesCtr;
import io.jrtc.srtp.internal.CmTransform;
import io.jrtc.srtp.internal.KeyDerivation;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** RFC 3711 Appendix B.2 (AES-CM keystream) and B.3 (key derivation), byte-exact. */
class Rfc3711VectorsTest {
    /** B.2: session key 2B7E..., SSRC 0, ROC 0, SEQ 0, salt F0..FD: 65282 blocks of keystream. */
    @Test
    void b2AesCmKeystream() {
        byte[] key = hex("2B7E151628AED2A6ABF7158809CF4F3C");
        byte[] salt = hex("F0F1F2F3F4F5F6F7F8F9FAFBFCFD");
        byte[] iv = new byte[16];
        CmTransform.iv(iv, salt, 0, 0);
        assertArrayEquals(hex("F0F1F2F3F4F5F6F7F8F9FAFBFCFD0000"), iv, "IV of §4.1.1 for SSRC 0, index 0");
        byte[] stream = new byte[65282 * 16];
        new AesCtr(key).xorKeystream(iv, stream, 0, stream.length);
        assertArrayEquals(hex("E03EAD0935C95E80E166B16DD92B4EB4 D23513162B02D0F72A43A2FE4A5F97AB"
                + " 41E95B3BB0A2E8DD477901E4FCA894C0"), Arrays.copyOfRange(stream, 0, 48));
        assertArrayEquals(hex("EC8CDF7398607CB0F2D21675EA9EA1E4 362B7C3C6773516318A077D7FC5073AE"
                + " 6A2CC3787889374FBEB4C81B17BA6C44"), Arrays.copyOfRange(stream, stream.length - 48, stream.length));
    }

    /** B.3: master key E1F9..., master salt 0EC6...: cipher key, cipher salt, 94-byte auth key. */
    @Test
    void b3KeyDerivation() {
        byte[] key = hex("E1F97A0D3E018BE0D64FA32C06DE4139");
        byte[] salt = hex("0EC675AD498AFEEBB6960B3AABE6");
        assertArrayEquals(hex("C61E7A93744F39EE10734AFE3FF7A087"),
                KeyDerivation.derive(key, salt, KeyDerivation.LABEL_RTP_ENCRYPTION, 16));
        assertArrayEquals(hex("30CBBC08863D8C85D49DB34A9AE1"),
                KeyDerivation.derive(key, salt, KeyDerivation.LABEL_RTP_SALT, 14));
        byte[] auth = KeyDerivation.derive(key, salt, KeyDerivation.LABEL_RTP_AUTH, 94);
        assertEquals(94, auth.length);
        assertArrayEquals(hex("""
                CEBE321F6FF7716B6FD4AB49AF256A15
                6D38BAA48F0A0ACF3C34E2359E6CDBCE
                E049646C43D9327AD175578EF7227098
                6371C10C9A369AC2F94A8C5FBCDDDC25
                6D6E919A48B610EF17C2041E47403576
                6B68642C59BBFC2F34DB60DBDFB2"""), auth);
    }
}
