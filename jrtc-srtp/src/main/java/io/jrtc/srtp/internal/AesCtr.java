package io.jrtc.srtp.internal;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES in counter mode as RFC 3711 §4.1.1 defines it (keystream block i is AES_k(IV + i)), built on
 * the JDK's {@code AES/ECB/NoPadding} so that one {@link Cipher} serves every packet: re-initialising
 * a CTR cipher per packet would allocate, while encrypting a reused buffer of counter blocks does
 * not, and the JDK's ECB path is intrinsified (AES-NI / VAES). Not thread-safe.
 */
public final class AesCtr {
    private final Cipher ecb;
    private byte[] counters = new byte[0];
    private byte[] stream = new byte[0];

    /** @param key an AES-128, -192 or -256 key */
    public AesCtr(byte[] key) {
        try {
            ecb = Cipher.getInstance("AES/ECB/NoPadding");
            ecb.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no usable AES/ECB: " + e.getMessage(), e);
        }
    }

    /**
     * XORs the keystream for the 16-byte counter {@code iv} into {@code buf[off, off+len)}. The block
     * counter is added to the last 32 bits of {@code iv}; SRTP IVs end in 16 zero bits and a packet
     * never needs 2^16 blocks, so this equals the 128-bit increment of RFC 3711 §4.1.1.
     */
    public void xorKeystream(byte[] iv, byte[] buf, int off, int len) {
        if (len <= 0) {
            return;
        }
        int blocks = (len + 15) >>> 4;
        byte[] ks = keystream(iv, blocks);
        for (int i = 0; i < len; i++) {
            buf[off + i] ^= ks[i];
        }
    }

    private byte[] keystream(byte[] iv, int blocks) {
        int bytes = blocks << 4;
        if (counters.length < bytes) {
            counters = new byte[bytes];
            stream = new byte[bytes];
        }
        int base = (iv[12] & 0xFF) << 24 | (iv[13] & 0xFF) << 16 | (iv[14] & 0xFF) << 8 | (iv[15] & 0xFF);
        byte[] c = counters;
        for (int b = 0, at = 0; b < blocks; b++, at += 16) {
            System.arraycopy(iv, 0, c, at, 12);
            int n = base + b;
            c[at + 12] = (byte) (n >>> 24);
            c[at + 13] = (byte) (n >>> 16);
            c[at + 14] = (byte) (n >>> 8);
            c[at + 15] = (byte) n;
        }
        try {
            ecb.update(c, 0, bytes, stream, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/ECB refused a whole number of blocks", e);
        }
        return stream;
    }
}
