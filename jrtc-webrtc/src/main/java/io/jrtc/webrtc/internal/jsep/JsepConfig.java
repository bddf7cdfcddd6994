package io.jrtc.webrtc.internal.jsep;

import io.jrtc.sdp.Fingerprint;
import io.jrtc.webrtc.RTCBundlePolicy;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * What a {@link JsepSession} needs from its connection.
 *
 * @param bundlePolicy the configuration's bundle policy
 * @param fingerprints the local certificate's fingerprints for {@code a=fingerprint}
 * @param maxMessageSize the {@code a=max-message-size} to write (RFC 8841 section 6)
 * @param random the source of ICE credentials; a {@link java.security.SecureRandom} outside tests,
 *     because the password authenticates the connectivity checks
 */
public record JsepConfig(RTCBundlePolicy bundlePolicy, List<Fingerprint> fingerprints, long maxMessageSize,
        RandomGenerator random) {
    /** Checks the fields. */
    public JsepConfig {
        Objects.requireNonNull(bundlePolicy, "bundlePolicy");
        fingerprints = List.copyOf(fingerprints);
        if (fingerprints.isEmpty()) {
            throw new IllegalArgumentException("at least one certificate fingerprint is needed for DTLS-SRTP");
        }
        Objects.requireNonNull(random, "random");
    }
}
