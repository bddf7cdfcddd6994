package io.jrtc.dtls.internal;

import io.jrtc.dtls.DtlsFingerprint;
import java.io.IOException;
import java.util.List;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.TlsFatalAlert;

/**
 * Checks the peer's end-entity certificate against the fingerprints from its SDP (RFC 8122 §5,
 * RFC 8827 §6.5): WebRTC has no CA, so this hash is the whole authentication.
 */
final class FingerprintCheck {
    private FingerprintCheck() {}

    /**
     * Returns normally if the first certificate of the chain matches one of the fingerprints.
     *
     * @throws TlsFatalAlert bad_certificate otherwise, or certificate_unknown for an empty chain,
     *     which makes BC abort the handshake with that fatal alert
     */
    static void verify(Certificate chain, List<DtlsFingerprint> expected, HandshakeOutcome outcome)
            throws IOException {
        if (chain == null || chain.isEmpty()) {
            outcome.verifyFailure = "the peer sent no certificate";
            throw new TlsFatalAlert(AlertDescription.handshake_failure, outcome.verifyFailure);
        }
        byte[] der = chain.getCertificateAt(0).getEncoded();
        for (DtlsFingerprint f : expected) {
            if (f.matches(der)) {
                return;
            }
        }
        outcome.verifyFailure = "the peer's certificate matches none of its SDP fingerprints "
                + expected.stream().map(DtlsFingerprint::algorithm).toList();
        throw new TlsFatalAlert(AlertDescription.bad_certificate, outcome.verifyFailure);
    }
}
