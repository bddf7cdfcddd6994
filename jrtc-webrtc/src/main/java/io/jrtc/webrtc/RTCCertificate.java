package io.jrtc.webrtc;

import io.jrtc.dtls.DtlsCertificate;
import io.jrtc.dtls.DtlsFingerprint;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * W3C {@code RTCCertificate}: the certificate and private key a connection authenticates its DTLS
 * handshakes with (WebRTC 1.0 section 4.9). Give the same one to several connections (in
 * {@link RTCConfiguration}) to keep one identity; otherwise each connection makes its own.
 */
public final class RTCCertificate {
    private final DtlsCertificate certificate;

    private RTCCertificate(DtlsCertificate certificate) {
        this.certificate = certificate;
    }

    /** Wraps a certificate made or loaded with jrtc-dtls. */
    public static RTCCertificate of(DtlsCertificate certificate) {
        return new RTCCertificate(Objects.requireNonNull(certificate, "certificate"));
    }

    /**
     * A new ECDSA P-256 certificate valid for 30 days, as browsers make by default; also what a
     * connection configured without certificates uses. It is never given to anyone else. To keep
     * its cost (about a millisecond of CPU) out of {@code new RTCPeerConnection}, up to two such
     * certificates are generated ahead by one background daemon thread and each is handed out
     * once; when none is ready, it is generated on the caller's thread. A pre-generated
     * certificate is at most a minute old, so it may expire up to a minute before 30 days from
     * this call.
     */
    public static RTCCertificate generate() {
        return new RTCCertificate(CertificatePool.shared().take());
    }

    /** When it expires, in milliseconds since the epoch (W3C {@code expires}). */
    public long expires() {
        return certificate.expires().toEpochMilli();
    }

    /** True if it has expired at {@code now}; an expired certificate may not be used. */
    public boolean isExpired(Instant now) {
        return certificate.isExpired(now);
    }

    /** Its SHA-256 fingerprint (W3C {@code getFingerprints()}). */
    public List<RTCDtlsFingerprint> getFingerprints() {
        DtlsFingerprint f = certificate.fingerprint();
        return List.of(new RTCDtlsFingerprint(f.algorithm(), hex(f.value())));
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(out.isEmpty() ? "" : ":").append(String.format("%02X", b & 0xFF));
        }
        return out.toString();
    }

    /** The jrtc-dtls certificate, for the DTLS transport. */
    public DtlsCertificate dtlsCertificate() {
        return certificate;
    }

    /** Equal if it wraps the same certificate. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RTCCertificate c && c.certificate == certificate;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(certificate);
    }

    @Override
    public String toString() {
        return "RTCCertificate{expires=" + certificate.expires() + "}";
    }
}
