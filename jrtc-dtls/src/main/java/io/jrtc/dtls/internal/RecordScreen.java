package io.jrtc.dtls.internal;

import java.io.ByteArrayOutputStream;
import org.bouncycastle.tls.CipherSuite;

/**
 * Removes records that would make BC fail the connection although they are just garbage.
 *
 * <p>BC 1.84 fails the connection on two kinds of forged record: an encrypted record too short to
 * hold the AEAD nonce and tag (a fatal decode_error), and a record whose version field is a
 * reserved value such as {0xFE, 0xFE} (an IllegalArgumentException, sent as internal_error). Either
 * would let anyone who can send one datagram tear a connection down. RFC 6347 §4.1.2.7 says
 * invalid records should be silently discarded, so they are removed here, before BC sees them:
 * only DTLS 1.0 and 1.2 version fields pass (1.0 appears in ClientHello and HelloVerifyRequest
 * records, RFC 6347 §4.2.1). Everything else, including truncated records, BC discards itself.
 */
public final class RecordScreen {
    private static final int HEADER = 13;
    private static final int DTLS_1_0 = 0xFEFF;
    private static final int DTLS_1_2 = 0xFEFD;
    /** AES-GCM in TLS 1.2: 8-byte explicit nonce and 16-byte tag (RFC 5288 §3). */
    private static final int GCM_OVERHEAD = 24;
    /** ChaCha20-Poly1305: the 16-byte tag only (RFC 7905 §2). */
    private static final int CHACHA_OVERHEAD = 16;

    private RecordScreen() {}

    /** The smallest valid encrypted record body for a negotiated suite (GCM when not yet known). */
    public static int minimumCiphertext(int cipherSuite) {
        return switch (cipherSuite) {
            case CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
                    CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256 -> CHACHA_OVERHEAD;
            default -> GCM_OVERHEAD;
        };
    }

    /**
     * The datagram without epoch-1+ records shorter than {@code minimumCiphertext}; the same
     * array when nothing was removed, or null when nothing is left.
     */
    public static byte[] screen(byte[] datagram, int minimumCiphertext) {
        if (!needsScreening(datagram, minimumCiphertext)) {
            return datagram;
        }
        ByteArrayOutputStream kept = new ByteArrayOutputStream(datagram.length);
        int off = 0;
        while (datagram.length - off >= HEADER) {
            int length = u16(datagram, off + 11);
            int end = Math.min(datagram.length, off + HEADER + length);
            if (acceptable(datagram, off, minimumCiphertext)) {
                kept.write(datagram, off, end - off);
            }
            off = end;
        }
        return kept.size() == 0 ? null : kept.toByteArray();
    }

    private static boolean needsScreening(byte[] d, int minimum) {
        int off = 0;
        while (d.length - off >= HEADER) {
            if (!acceptable(d, off, minimum)) {
                return true;
            }
            off += HEADER + u16(d, off + 11);
        }
        return false;
    }

    private static boolean acceptable(byte[] d, int off, int minimum) {
        int version = u16(d, off + 1);
        if (version != DTLS_1_0 && version != DTLS_1_2) {
            return false;
        }
        return u16(d, off + 3) == 0 || u16(d, off + 11) >= minimum;
    }

    private static int u16(byte[] b, int off) {
        return ((b[off] & 0xFF) << 8) | (b[off + 1] & 0xFF);
    }
}
