package io.jrtc.srtp;

import static io.jrtc.srtp.Hex.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.jrtc.srtp.internal.AesCtr;
import io.jrtc.srtp.internal.KeyDerivation;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * RFC 6188 §7: AES-256-CM keystream (§7.1) and AES_256_CM_PRF key derivation (§7.2), plus the
 * AES-192 cases (§7.3, §7.4), which exercise the same counter mode and PRF with a 24-byte key.
 */
class Rfc6188VectorsTest {
    private static void keystream(String key, String first, String last) {
        byte[] iv = hex("F0F1F2F3F4F5F6F7F8F9FAFBFCFD0000");
        byte[] stream = new byte[65282 * 16];
        new AesCtr(hex(key)).xorKeystream(iv, stream, 0, stream.length);
        assertArrayEquals(hex(first), Arrays.copyOfRange(stream, 0, 48));
        assertArrayEquals(hex(last), Arrays.copyOfRange(stream, stream.length - 48, stream.length));
    }

    private static void kdf(String key, String salt, String cipherKey, String cipherSalt, String authKey) {
        byte[] k = hex(key);
        byte[] s = hex(salt);
        assertArrayEquals(hex(cipherKey), KeyDerivation.derive(k, s, KeyDerivation.LABEL_RTP_ENCRYPTION, k.length));
        assertArrayEquals(hex(cipherSalt), KeyDerivation.derive(k, s, KeyDerivation.LABEL_RTP_SALT, 14));
        assertArrayEquals(hex(authKey), KeyDerivation.derive(k, s, KeyDerivation.LABEL_RTP_AUTH, 20));
    }

    @Test
    void s71Aes256CmKeystream() {
        keystream("57f82fe3613fd170a85ec93c40b1f092 2ec4cb0dc025b58272147cc438944a98",
                "92bdd28a93c3f52511c677d08b5515a4 9da71b2378a854f67050756ded165bac 63c4868b7096d88421b563b8c94c9a31",
                "cea518c90fd91ced9cbb18c078a54711 3dbc4814f4da5f00a08772b63c6a046d 6eb246913062a16891433e97dd01a57f");
    }

    @Test
    void s72Aes256KeyDerivation() {
        kdf("f0f04914b513f2763a1b1fa130f10e29 98f6f6e43e4309d1e622a0e332b9f1b6", "3b04803de51ee7c96423ab5b78d2",
                "5ba1064e30ec51613cad926c5a28ef73 1ec7fb397f70a960653caf06554cd8c4", "fa31791685ca444a9e07c6c64e93",
                "fd9c32d39ed5fbb5a9dc96b30818454d1313dc05");
    }

    @Test
    void s73Aes192CmKeystream() {
        keystream("eab234764e517b2d3d160d587d8c86219740f65f99b6bcf7",
                "35096cba4610028dc1b57503804ce37c 5de986291dcce161d5165ec4568f5c9a 474a40c77894bc17180202272a4c264d",
                "d108d1a31a00bad6367ec23eb044b415 c8f57129fdeb970b59f917b257662d4c a5dab625811034e8cebdfeb6dc158dd3");
    }

    @Test
    void s74Aes192KeyDerivation() {
        kdf("73edc66c4fa15776fb57f9505c17136550ffda71f3e8e5f1", "c8522f3acd4ce86d5add78edbb11",
                "31874736a8f1143870c26e4857d8a5b2c4a354407faadabb", "2372b82d639b6d8503a47adc0a6c",
                "355b10973cd95b9eacf4061c7e1a7151e7cfbfcb");
    }
}
