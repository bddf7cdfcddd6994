package io.jrtc.dtls.internal;

import java.io.IOException;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaDefaultTlsCredentialedSigner;

/** Our certificate and key as BC credentials. */
final class Signers {
    private Signers() {}

    /** A signer using SHA-256 with our key type, which every WebRTC peer accepts. */
    static TlsCredentialedSigner of(TlsContext context, PeerSettings s) throws IOException {
        // Our certificate as parsed once per certificate, not again on every handshake.
        TlsCertificate cert = s.certificate() != null
                ? new org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCertificate(s.crypto(), s.certificate())
                : s.crypto().createCertificate(s.certificateDer());
        Certificate chain = new Certificate(new TlsCertificate[] {cert});
        short sig = s.ecdsa() ? SignatureAlgorithm.ecdsa : SignatureAlgorithm.rsa;
        SignatureAndHashAlgorithm alg = new SignatureAndHashAlgorithm(HashAlgorithm.sha256, sig);
        return new JcaDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), s.crypto(),
                s.privateKey(), chain, alg);
    }
}
