package io.jrtc.srtp.internal;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-GCM for SRTP and SRTCP (RFC 7714 §8, §9) with the JDK's {@code AES/GCM/NoPadding}. Every
 * packet initialises the cipher with its own IV. An encrypting JDK GCM cipher refuses to be
 * initialised again with its last IV; that never happens here, legitimately rather than by working
 * around the check: the IV holds SSRC and packet index, {@link RtpEngine} refuses to protect an SRTP
 * index twice, and the SRTCP index only counts up.
 *
 * <p>In-place decryption goes into a scratch array and is copied back once the tag has verified
 * (the two-buffer calls decrypt straight into their destination instead): SunJCE's {@code GaloisCounterMode.GCMDecrypt} skips its combined AES+GHASH
 * intrinsic for in-place arrays ({@code inPlaceArray}) and runs GCTR and GHASH as separate passes,
 * which also allocates more (24-112 bytes per call in our runs, as escape analysis allows); the copy
 * back costs less than that. It also leaves the caller's packet untouched when
 * the tag fails (the JDK zeroes the scratch instead). Encryption stays in place, where the JDK uses
 * the combined intrinsic already.
 *
 * <p>What still allocates per packet is all inside SunJCE, about 1 KB per {@code Cipher.init}
 * (see {@code GcmCallPatternBenchmark} in jrtc-bench and the issue note): GCM has no way to change
 * the IV without {@code init}, and {@code init} builds a new engine with its own GHASH and GCTR
 * state every time.
 */
public final class GcmTransform implements Transform {
    private static final int TAG = 16;

    private final Cipher rtpCipher;
    private final Cipher rtcpCipher;
    private final SecretKeySpec rtpKey;
    private final SecretKeySpec rtcpKey;
    private final byte[] rtpSalt;
    private final byte[] rtcpSalt;
    private final byte[] iv = new byte[12];
    private final byte[] word = new byte[4];
    private byte[] scratch = new byte[1500]; // grows to the largest packet seen, then stays

    /** From session keys: encryption keys and 12-byte session salts (RFC 7714 §11). */
    public GcmTransform(byte[] rtpKey, byte[] rtpSalt, byte[] rtcpKey, byte[] rtcpSalt) {
        this.rtpKey = new SecretKeySpec(rtpKey, "AES");
        this.rtcpKey = new SecretKeySpec(rtcpKey, "AES");
        this.rtpSalt = rtpSalt.clone();
        this.rtcpSalt = rtcpSalt.clone();
        try {
            this.rtpCipher = Cipher.getInstance("AES/GCM/NoPadding");
            this.rtcpCipher = Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no usable AES/GCM: " + e.getMessage(), e);
        }
    }

    /** RFC 7714 §8.1: 00 00 || SSRC || ROC || SEQ, XOR the salt. */
    public static void rtpIv(byte[] iv, byte[] salt, int ssrc, long index) {
        iv[0] = 0;
        iv[1] = 0;
        Transform.putInt(iv, 2, ssrc);
        Transform.putInt(iv, 6, (int) (index >>> 16));
        iv[10] = (byte) (index >>> 8);
        iv[11] = (byte) index;
        xor(iv, salt);
    }

    /** RFC 7714 §9.1: 00 00 || SSRC || 00 00 || 0 || 31-bit SRTCP index, XOR the salt. */
    public static void rtcpIv(byte[] iv, byte[] salt, int ssrc, int index) {
        iv[0] = 0;
        iv[1] = 0;
        Transform.putInt(iv, 2, ssrc);
        iv[6] = 0;
        iv[7] = 0;
        Transform.putInt(iv, 8, index & 0x7FFF_FFFF);
        xor(iv, salt);
    }

    private static void xor(byte[] iv, byte[] salt) {
        for (int i = 0; i < 12; i++) {
            iv[i] ^= salt[i];
        }
    }

    @Override
    public int protectRtp(byte[] buf, int off, int len, int hl, int ssrc, long index, boolean encrypt) {
        rtpIv(iv, rtpSalt, ssrc, index);
        try {
            rtpCipher.init(Cipher.ENCRYPT_MODE, rtpKey, new GCMParameterSpec(128, iv));
            // §8.2: the header is the AAD; §16.1.3: without encryption, the whole packet is.
            int aad = encrypt ? hl : len;
            rtpCipher.updateAAD(buf, off, aad);
            return aad + rtpCipher.doFinal(buf, off + aad, len - aad, buf, off + aad);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM refused to encrypt: " + e.getMessage(), e);
        }
    }

    @Override
    public int unprotectRtp(byte[] buf, int off, int len, int hl, int ssrc, long index, boolean encrypted) {
        rtpIv(iv, rtpSalt, ssrc, index);
        int aad = encrypted ? hl : len - TAG;
        try {
            rtpCipher.init(Cipher.DECRYPT_MODE, rtpKey, new GCMParameterSpec(128, iv));
            rtpCipher.updateAAD(buf, off, aad);
            return aad + decryptBack(rtpCipher, buf, off + aad, len - aad);
        } catch (GeneralSecurityException e) { // AEADBadTagException: the tag did not verify
            return -1;
        }
    }

    /** Encrypts straight from {@code src} into {@code dst}: no copy of the payload. */
    @Override
    public int protectRtp(byte[] src, int srcOff, int len, int hl, byte[] dst, int dstOff, int ssrc, long index,
            boolean encrypt) {
        rtpIv(iv, rtpSalt, ssrc, index);
        int aad = encrypt ? hl : len;
        try {
            rtpCipher.init(Cipher.ENCRYPT_MODE, rtpKey, new GCMParameterSpec(128, iv));
            rtpCipher.updateAAD(src, srcOff, aad);
            System.arraycopy(src, srcOff, dst, dstOff, aad);
            return aad + rtpCipher.doFinal(src, srcOff + aad, len - aad, dst, dstOff + aad);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM refused to encrypt: " + e.getMessage(), e);
        }
    }

    /** Decrypts straight from {@code src} into {@code dst} (the JDK's combined intrinsic, no copies). */
    @Override
    public int unprotectRtp(byte[] src, int srcOff, int len, int hl, byte[] dst, int dstOff, int ssrc, long index,
            boolean encrypted) {
        rtpIv(iv, rtpSalt, ssrc, index);
        int aad = encrypted ? hl : len - TAG;
        try {
            rtpCipher.init(Cipher.DECRYPT_MODE, rtpKey, new GCMParameterSpec(128, iv));
            rtpCipher.updateAAD(src, srcOff, aad);
            int plain = rtpCipher.doFinal(src, srcOff + aad, len - aad, dst, dstOff + aad);
            System.arraycopy(src, srcOff, dst, dstOff, aad);
            return aad + plain;
        } catch (GeneralSecurityException e) {
            return -1;
        }
    }

    @Override
    public int protectRtcp(byte[] buf, int off, int len, int ssrc, int index, boolean encrypt) {
        rtcpIv(iv, rtcpSalt, ssrc, index);
        Transform.putInt(word, 0, (encrypt ? 0x8000_0000 : 0) | index);
        // §9.2: AAD = first 8 bytes || ESRTCP word; §9.3 (E=0): whole packet || ESRTCP word.
        int aad = encrypt ? 8 : len;
        try {
            rtcpCipher.init(Cipher.ENCRYPT_MODE, rtcpKey, new GCMParameterSpec(128, iv));
            rtcpCipher.updateAAD(buf, off, aad);
            rtcpCipher.updateAAD(word, 0, 4);
            int end = off + aad + rtcpCipher.doFinal(buf, off + aad, len - aad, buf, off + aad);
            System.arraycopy(word, 0, buf, end, 4);
            return end + 4 - off;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM refused to encrypt: " + e.getMessage(), e);
        }
    }

    @Override
    public int unprotectRtcp(byte[] buf, int off, int len, int ssrc, int index, boolean encrypted) {
        rtcpIv(iv, rtcpSalt, ssrc, index);
        System.arraycopy(buf, off + len - 4, word, 0, 4);
        int cipherEnd = len - 4;
        int aad = encrypted ? 8 : cipherEnd - TAG;
        try {
            rtcpCipher.init(Cipher.DECRYPT_MODE, rtcpKey, new GCMParameterSpec(128, iv));
            rtcpCipher.updateAAD(buf, off, aad);
            rtcpCipher.updateAAD(word, 0, 4);
            return aad + decryptBack(rtcpCipher, buf, off + aad, cipherEnd - aad);
        } catch (GeneralSecurityException e) {
            return -1;
        }
    }

    /** Decrypts {@code buf[at, at+len)} (tag last) via the scratch array and copies the plaintext back. */
    private int decryptBack(Cipher cipher, byte[] buf, int at, int len) throws GeneralSecurityException {
        if (scratch.length < len) {
            scratch = new byte[len];
        }
        int plain = cipher.doFinal(buf, at, len, scratch, 0);
        System.arraycopy(scratch, 0, buf, at, plain);
        return plain;
    }
}
