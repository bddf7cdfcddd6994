package io.jrtc.dtls.internal;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCertificate;

/**
 * Checks the validity period of the peer's end-entity certificate (RFC 5280 §4.1.2.5). WebRTC
 * certificates are self-signed and authenticated by fingerprint alone, but they still carry an
 * expiry (the W3C {@code RTCCertificate.expires}), and a peer presenting one outside its
 * period is refused with certificate_expired, which RFC 5246 §7.2.2 defines as "expired or not
 * currently valid".
 */
final class CertificateValidity {
    private CertificateValidity() {}

    /**
     * Returns normally if {@code now} lies within the first certificate's notBefore..notAfter
     * (both inclusive, RFC 5280 §4.1.2.5).
     *
     * @throws TlsFatalAlert certificate_expired if it does not, bad_certificate if the period
     *     cannot be read; either makes BC abort the handshake with that alert
     */
    static void check(org.bouncycastle.tls.Certificate chain, Instant now, HandshakeOutcome outcome)
            throws IOException {
        Instant notBefore;
        Instant notAfter;
        Certificate c = null;
        try {
            if (chain.getCertificateAt(0) instanceof JcaTlsCertificate jca) {
                // Already parsed by the JDK when BC read it: no second parse, and no date parsing
                // through SimpleDateFormat, which made this check a tenth of a handshake's CPU time.
                X509Certificate x = jca.getX509Certificate();
                notBefore = x.getNotBefore().toInstant();
                notAfter = x.getNotAfter().toInstant();
            } else {
                c = Certificate.getInstance(chain.getCertificateAt(0).getEncoded());
                notBefore = c.getStartDate().getDate().toInstant();
                notAfter = c.getEndDate().getDate().toInstant();
            }
        } catch (RuntimeException e) { // BC reports malformed ASN.1 as IllegalArgumentException
            outcome.verifyFailure = "the peer's certificate has no readable validity period: " + e.getMessage();
            throw new TlsFatalAlert(AlertDescription.bad_certificate, outcome.verifyFailure);
        }
        if (now.isAfter(notAfter)) {
            outcome.verifyFailure = "the peer's certificate (" + subject(chain, c) + ") expired at " + notAfter
                    + " (now " + now + ")";
            throw new TlsFatalAlert(AlertDescription.certificate_expired, outcome.verifyFailure);
        }
        if (now.isBefore(notBefore)) {
            outcome.verifyFailure = "the peer's certificate (" + subject(chain, c) + ") is not valid before "
                    + notBefore + " (now " + now + ")";
            throw new TlsFatalAlert(AlertDescription.certificate_expired, outcome.verifyFailure);
        }
    }

    /** The subject for an error message (only then: rendering a name costs as much as the check). */
    private static String subject(org.bouncycastle.tls.Certificate chain, Certificate parsed) {
        try {
            Certificate c = parsed != null ? parsed : Certificate.getInstance(chain.getCertificateAt(0).getEncoded());
            return c.getSubject().toString();
        } catch (IOException | RuntimeException e) {
            return "subject unreadable";
        }
    }
}
