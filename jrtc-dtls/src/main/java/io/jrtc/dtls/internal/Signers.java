package io.jrtc.dtls.internal;

import java.io.IOException;
import org.bouncycastle.crypto.DSA;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.DefaultTlsCredentialedSigner;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsECDSASigner;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCertificate;

/** Our certificate and key as BC credentials. */
final class Signers {
    private Signers() {}

    /** BC's lightweight TLS ECDSA signer with a random nonce (the ECDSASigner default, FIPS 186-4 §6.3). */
    private static final class RandomNonceEcdsaSigner extends BcTlsECDSASigner {
        RandomNonceEcdsaSigner(ECPrivateKeyParameters key) {
            super(WebRtcCrypto.LIGHTWEIGHT, key);
        }

        @Override
        protected DSA createDSAImpl(int cryptoHashAlgorithm) {
            return new ECDSASigner();
        }
    }

    /**
     * A signer using SHA-256 with our key type, which every WebRTC peer accepts. An ECDSA key
     * signs with Bouncy Castle's lightweight ECDSA on the key converted once per certificate,
     * with a random per-signature nonce from the shared SecureRandom as the JCA signer used
     * before (BC's own lightweight TLS signer derives it with RFC 6979's HMAC-DRBG instead, which
     * doubled the cost of a signature); RSA goes through JCA as before.
     */
    static TlsCredentialedSigner of(TlsContext context, PeerSettings s) throws IOException {
        // Our certificate as parsed once per certificate, not again on every handshake.
        TlsCertificate cert = s.certificate() != null
                ? new JcaTlsCertificate(s.crypto(), s.certificate())
                : s.crypto().createCertificate(s.certificateDer());
        Certificate chain = new Certificate(new TlsCertificate[] {cert});
        short sig = s.ecdsa() ? SignatureAlgorithm.ecdsa : SignatureAlgorithm.rsa;
        SignatureAndHashAlgorithm alg = new SignatureAndHashAlgorithm(HashAlgorithm.sha256, sig);
        TlsCryptoParameters params = new TlsCryptoParameters(context);
        if (s.ecdsa() && s.signingKey().ec() != null) {
            return new DefaultTlsCredentialedSigner(params,
                    new RandomNonceEcdsaSigner(s.signingKey().ec()), chain, alg);
        }
        return new JcaDefaultTlsCredentialedSigner(params, s.crypto(), s.signingKey().jca(), chain, alg);
    }
}
