package io.jrtc.dtls.internal;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.jrtc.dtls.CertificateAlgorithm;
import io.jrtc.dtls.DtlsCertificate;
import java.time.Duration;
import java.time.Instant;
import org.bouncycastle.tls.NamedGroup;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.crypto.TlsECConfig;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsECDSAVerifier;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsRSAVerifier;
import org.junit.jupiter.api.Test;

/** Which implementation serves each handshake operation. */
class WebRtcCryptoTest {
    @Test
    void ecdsaPeersAreVerifiedWithBouncyCastlesLightweightEcdsaAndRsaPeersThroughJca() throws Exception {
        DtlsCertificate ec = DtlsCertificate.generate();
        DtlsCertificate rsa = DtlsCertificate.generate(CertificateAlgorithm.RSA_2048, Duration.ofDays(1), Instant.now());
        WebRtcCrypto crypto = WebRtcCrypto.create();
        assertInstanceOf(BcTlsECDSAVerifier.class,
                crypto.createCertificate(ec.derEncoded()).createVerifier(SignatureAlgorithm.ecdsa));
        assertInstanceOf(JcaTlsRSAVerifier.class,
                crypto.createCertificate(rsa.derEncoded()).createVerifier(SignatureAlgorithm.rsa));
    }

    @Test
    void x25519UsesThePreparedDomainAndOtherCurvesJca() {
        WebRtcCrypto crypto = WebRtcCrypto.create();
        assertInstanceOf(X25519Domain.class, crypto.createECDomain(new TlsECConfig(NamedGroup.x25519)));
        assertNotNull(crypto.createECDomain(new TlsECConfig(NamedGroup.secp256r1)).createECDH());
    }
}
