package io.jrtc.dtls.internal;

import java.io.IOException;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.crypto.TlsVerifier;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsECDSAVerifier;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCertificate;

/**
 * The peer's certificate as BC's JCA crypto parses it, except that an ECDSA signature by it
 * (ServerKeyExchange, CertificateVerify) is checked with Bouncy Castle's lightweight ECDSA
 * ({@link BcTlsECDSAVerifier}) on the key as BC's own parameters: the JCA route looked up a
 * Signature through the providers and converted the JDK's key to BC's on every verification,
 * which made it several times slower than the verification itself. BC's JCA checks still run
 * first (key usage allows signing, the key is an EC key), so what is accepted does not change;
 * if the key cannot be converted, the JCA verifier is used as before.
 */
final class PeerCertificate extends JcaTlsCertificate {
    private final BcTlsCrypto lightweight;

    PeerCertificate(WebRtcCrypto crypto, byte[] encoding, BcTlsCrypto lightweight) throws IOException {
        super(crypto, encoding);
        this.lightweight = lightweight;
    }

    @Override
    public TlsVerifier createVerifier(short signatureAlgorithm) throws IOException {
        TlsVerifier jca = super.createVerifier(signatureAlgorithm);
        if (signatureAlgorithm != SignatureAlgorithm.ecdsa) {
            return jca;
        }
        ECPublicKeyParameters key = ecKey();
        return key == null ? jca : new BcTlsECDSAVerifier(lightweight, key);
    }

    private ECPublicKeyParameters ecKey() {
        try {
            AsymmetricKeyParameter key = PublicKeyFactory.createKey(certificate.getPublicKey().getEncoded());
            return key instanceof ECPublicKeyParameters ec ? ec : null;
        } catch (IOException | RuntimeException e) {
            return null; // not convertible: the JCA verifier checks it as before
        }
    }
}
