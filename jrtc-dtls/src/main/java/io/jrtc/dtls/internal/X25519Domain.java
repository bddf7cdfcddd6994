package io.jrtc.dtls.internal;

import java.io.IOException;
import java.util.Arrays;
import org.bouncycastle.math.ec.rfc7748.X25519;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.crypto.TlsAgreement;
import org.bouncycastle.tls.crypto.TlsECDomain;
import org.bouncycastle.tls.crypto.TlsSecret;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;

/**
 * ECDHE over X25519 (RFC 8422 §5.11) with Bouncy Castle's own X25519 ({@code rfc7748.X25519})
 * instead of a JCA KeyPairGenerator and KeyAgreement: no provider lookups and no key-object
 * conversions per handshake, and the key pair comes from the handshake's
 * {@link EphemeralX25519}, made before it was needed. The same checks as BC's JCA domain: a
 * peer value must be 32 bytes (illegal_parameter), an all-zero shared secret fails the
 * handshake (handshake_failure, RFC 7748 §6.1).
 */
final class X25519Domain implements TlsECDomain {
    private final JcaTlsCrypto crypto;
    private final EphemeralX25519 keys;

    X25519Domain(JcaTlsCrypto crypto, EphemeralX25519 keys) {
        this.crypto = crypto;
        this.keys = keys;
    }

    @Override
    public TlsAgreement createECDH() {
        return new Agreement();
    }

    private final class Agreement implements TlsAgreement {
        private byte[] privateKey;
        private byte[] peerPublicKey;

        @Override
        public byte[] generateEphemeral() {
            byte[][] pair = keys.take();
            privateKey = pair[0];
            return pair[1].clone();
        }

        @Override
        public void receivePeerValue(byte[] peerValue) throws IOException {
            if (peerValue == null || peerValue.length != X25519.POINT_SIZE) {
                throw new TlsFatalAlert(AlertDescription.illegal_parameter);
            }
            peerPublicKey = peerValue.clone();
        }

        @Override
        public TlsSecret calculateSecret() throws IOException {
            byte[] secret = new byte[X25519.POINT_SIZE];
            try {
                if (!X25519.calculateAgreement(privateKey, 0, peerPublicKey, 0, secret, 0)) {
                    throw new TlsFatalAlert(AlertDescription.handshake_failure);
                }
                return crypto.createSecret(secret);
            } finally {
                Arrays.fill(secret, (byte) 0);
                Arrays.fill(privateKey, (byte) 0);
            }
        }
    }
}
