package io.jrtc.srtp.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private final Cipher ecb;
    private byte[] counters = new byte[0];
    private byte[] stream = new byte[0];
    private byte[] scratch = new byte[0];

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
        // XOR at equal indices of two scratch arrays, which C2 vectorises; XOR at buf[off + i] with
        // ks[i] it does not (buf and ks might be one array), and that scalar loop cost three times
        // the AES. The two copies are cheap.
        byte[] t = scratch;
        System.arraycopy(buf, off, t, 0, len);
        for (int i = 0; i < len; i++) {
            t[i] ^= ks[i];
        }
        System.arraycopy(t, 0, buf, off, len);
    }

    private byte[] keystream(byte[] iv, int blocks) {
        int bytes = blocks << 4;
        if (counters.length < bytes) {
            counters = new byte[bytes];
            stream = new byte[bytes];
            scratch = new byte[bytes];
        }
        // Whole-word writes: one System.arraycopy per 16-byte block cost more than the AES itself.
        long high = (long) LONG.get(iv, 0);
        int middle = (int) INT.get(iv, 8);
        int base = (int) INT.get(iv, 12);
        byte[] c = counters;
        for (int b = 0, at = 0; b < blocks; b++, at += 16) {
            LONG.set(c, at, high);
            INT.set(c, at + 8, middle);
            INT.set(c, at + 12, base + b);
        }
        try {
            ecb.update(c, 0, bytes, stream, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/ECB refused a whole number of blocks", e);
        }
        return stream;
    }
}
