package io.jrtc.webrtc;

import java.util.Objects;

/**
 * W3C {@code RTCDtlsFingerprint}: a certificate fingerprint as SDP's {@code a=fingerprint} carries
 * it (WebRTC 1.0 section 4.9.1, RFC 8122 section 5).
 *
 * @param algorithm the hash function, lower case, e.g. {@code "sha-256"}
 * @param value the digest as upper-case hex pairs separated by colons
 */
public record RTCDtlsFingerprint(String algorithm, String value) {
    /** Checks that neither part is null. */
    public RTCDtlsFingerprint {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(value, "value");
    }
}
