package io.jrtc.webrtc.internal.config;

import io.jrtc.webrtc.RTCCertificate;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCErrorName;
import io.jrtc.webrtc.RTCException;
import java.time.Instant;

/**
 * The checks of the {@code RTCPeerConnection} constructor and {@code setConfiguration} that need
 * more than the configuration itself (WebRTC 1.0 section 4.4.1.6, "set a configuration").
 */
public final class ConfigurationChecks {
    private ConfigurationChecks() {}

    /**
     * Checks a configuration for a new connection.
     *
     * @throws RTCException InvalidAccessError if a certificate has expired at {@code now}
     */
    public static void checkNew(RTCConfiguration config, Instant now) {
        for (RTCCertificate c : config.certificates()) {
            if (c.isExpired(now)) {
                throw new RTCException(RTCErrorName.INVALID_ACCESS_ERROR,
                        "A certificate in RTCConfiguration.certificates has expired; generate a new one");
            }
        }
    }

    /**
     * Checks that {@code next} changes only what {@code setConfiguration} may change.
     *
     * @param localDescriptionSet whether a local description has been applied, after which the
     *     candidate pool size is fixed
     * @throws RTCException InvalidModificationError naming the member that may not change
     */
    public static void checkUpdate(RTCConfiguration current, RTCConfiguration next, boolean localDescriptionSet) {
        // W3C "set a configuration" step 4: a different length or a different certificate at any
        // index fails, so leaving out the certificates the connection was made with fails too.
        if (!next.certificates().equals(current.certificates())) {
            throw fixed("certificates");
        }
        if (next.bundlePolicy() != current.bundlePolicy()) {
            throw fixed("bundlePolicy");
        }
        if (next.rtcpMuxPolicy() != current.rtcpMuxPolicy()) {
            throw fixed("rtcpMuxPolicy");
        }
        if (localDescriptionSet && next.iceCandidatePoolSize() != current.iceCandidatePoolSize()) {
            throw new RTCException(RTCErrorName.INVALID_MODIFICATION_ERROR,
                    "iceCandidatePoolSize cannot change once a local description is set; keep "
                            + current.iceCandidatePoolSize());
        }
    }

    private static RTCException fixed(String member) {
        return new RTCException(RTCErrorName.INVALID_MODIFICATION_ERROR,
                member + " cannot change after the connection is created; pass the value from getConfiguration()");
    }
}
