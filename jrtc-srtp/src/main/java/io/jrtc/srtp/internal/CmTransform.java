package io.jrtc.srtp.internal;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES counter mode with HMAC-SHA1 (RFC 3711 §4.1.1, §4.2.1; RFC 6188 for AES-256): encrypt the
 * payload, then tag header || ciphertext || ROC (SRTP, §4.2) or header || ciphertext || E||index
 * (SRTCP, §3.4), truncated to the profile's tag length.
 */
public final class CmTransform implements Transform {
    private final AesCtr rtpCipher;
    private final AesCtr rtcpCipher;
    private final Mac rtpMac;
    private final Mac rtcpMac;
    private final byte[] rtpSalt;
    private final byte[] rtcpSalt;
    private final int rtpTag;
    private final int rtcpTag;
    private final byte[] iv = new byte[16];
    private final byte[] word = new byte[4];
    private final byte[] mac = new byte[20];

    /**
     * From session keys (RFC 3711 §4.3): encryption keys, 14-byte salts, 20-byte auth keys, and the
     * SRTP and SRTCP tag lengths.
     */
    public CmTransform(byte[] rtpKey, byte[] rtpSalt, byte[] rtpAuth, byte[] rtcpKey, byte[] rtcpSalt,
            byte[] rtcpAuth, int rtpTag, int rtcpTag) {
        this.rtpCipher = new AesCtr(rtpKey);
        this.rtcpCipher = new AesCtr(rtcpKey);
        this.rtpMac = hmac(rtpAuth);
        this.rtcpMac = hmac(rtcpAuth);
        this.rtpSalt = rtpSalt.clone();
        this.rtcpSalt = rtcpSalt.clone();
        this.rtpTag = rtpTag;
        this.rtcpTag = rtcpTag;
    }

    private static Mac hmac(byte[] key) {
        try {
            Mac m = Mac.getInstance("HmacSHA1");
            m.init(new SecretKeySpec(key, "HmacSHA1"));
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no usable HmacSHA1: " + e.getMessage(), e);
        }
    }

    /**
     * The AES-CM IV of RFC 3711 §4.1.1: (k_s * 2^16) XOR (SSRC * 2^64) XOR (i * 2^16), where i is
     * the 48-bit SRTP index or the 31-bit SRTCP index.
     */
    public static void iv(byte[] iv, byte[] salt, int ssrc, long index) {
        System.arraycopy(salt, 0, iv, 0, 14);
        iv[14] = 0;
        iv[15] = 0;
        iv[4] ^= (byte) (ssrc >>> 24);
        iv[5] ^= (byte) (ssrc >>> 16);
        iv[6] ^= (byte) (ssrc >>> 8);
        iv[7] ^= (byte) ssrc;
        for (int i = 0; i < 6; i++) {
            iv[13 - i] ^= (byte) (index >>> (8 * i));
        }
    }

    @Override
    public int protectRtp(byte[] buf, int off, int len, int hl, int ssrc, long index, boolean encrypt) {
        if (encrypt) {
            iv(iv, rtpSalt, ssrc, index);
            rtpCipher.xorKeystream(iv, buf, off + hl, len - hl);
        }
        tagRtp(buf, off, len, index);
        System.arraycopy(mac, 0, buf, off + len, rtpTag);
        return len + rtpTag;
    }

    @Override
    public int unprotectRtp(byte[] buf, int off, int len, int hl, int ssrc, long index, boolean encrypted) {
        int body = len - rtpTag;
        tagRtp(buf, off, body, index);
        if (!equal(mac, buf, off + body, rtpTag)) {
            return -1;
        }
        if (encrypted) {
            iv(iv, rtpSalt, ssrc, index);
            rtpCipher.xorKeystream(iv, buf, off + hl, body - hl);
        }
        return body;
    }

    /** §4.2: the authenticated portion followed by the ROC. */
    private void tagRtp(byte[] buf, int off, int len, long index) {
        Transform.putInt(word, 0, (int) (index >>> 16));
        rtpMac.update(buf, off, len);
        rtpMac.update(word, 0, 4);
        finish(rtpMac);
    }

    @Override
    public int protectRtcp(byte[] buf, int off, int len, int ssrc, int index, boolean encrypt) {
        if (encrypt) {
            iv(iv, rtcpSalt, ssrc, index);
            rtcpCipher.xorKeystream(iv, buf, off + 8, len - 8);
        }
        Transform.putInt(buf, off + len, (encrypt ? 0x8000_0000 : 0) | index);
        rtcpMac.update(buf, off, len + 4);
        finish(rtcpMac);
        System.arraycopy(mac, 0, buf, off + len + 4, rtcpTag);
        return len + 4 + rtcpTag;
    }

    @Override
    public int unprotectRtcp(byte[] buf, int off, int len, int ssrc, int index, boolean encrypted) {
        int authenticated = len - rtcpTag;
        rtcpMac.update(buf, off, authenticated);
        finish(rtcpMac);
        if (!equal(mac, buf, off + authenticated, rtcpTag)) {
            return -1;
        }
        int rtcpLength = authenticated - 4;
        if (encrypted) {
            iv(iv, rtcpSalt, ssrc, index);
            rtcpCipher.xorKeystream(iv, buf, off + 8, rtcpLength - 8);
        }
        return rtcpLength;
    }

    private void finish(Mac m) {
        try {
            m.doFinal(mac, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC output buffer", e);
        }
    }

    /** Constant-time comparison of {@code a[0, n)} with {@code b[at, at+n)}. */
    private static boolean equal(byte[] a, byte[] b, int at, int n) {
        int diff = 0;
        for (int i = 0; i < n; i++) {
            diff |= a[i] ^ b[at + i];
        }
        return diff == 0;
    }
}
