package io.jrtc.dtls.internal;

import org.bouncycastle.tls.CipherSuite;

/**
 * The DTLS 1.2 cipher suites browsers offer for WebRTC: ECDHE key exchange with AEAD ciphers
 * only, ECDSA and RSA authentication (RFC 8827 §6.5 asks for forward secrecy and AEAD).
 */
final class CipherSuites {
    static final int[] ECDSA = {
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
    };

    static final int[] RSA = {
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
    };

    /** What a client offers: both authentication kinds, since the server's key type is unknown. */
    static final int[] ALL = {
        ECDSA[0], RSA[0], ECDSA[1], RSA[1], ECDSA[2], RSA[2],
    };

    private CipherSuites() {}

    /** What a server can select with its own certificate's key type. */
    static int[] forServer(boolean ecdsa) {
        return (ecdsa ? ECDSA : RSA).clone();
    }
}
